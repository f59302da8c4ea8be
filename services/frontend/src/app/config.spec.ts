import { loadConfig, parseConfig } from './config';

describe('parseConfig', () => {
  it('applies defaults and trims trailing slashes', () => {
    const config = parseConfig({ issuer: 'https://id.example.com/realms/timeseries/', apiBaseUrl: 'https://api.example.com/' });
    expect(config).toEqual({
      issuer: 'https://id.example.com/realms/timeseries',
      clientId: 'timeseries-spa',
      apiBaseUrl: 'https://api.example.com',
      grpcWebBaseUrl: 'https://api.example.com',
      scope: 'openid profile email',
      authParams: {},
    });
  });

  it('keeps an empty API base (same origin) and extra auth parameters', () => {
    const config = parseConfig({ issuer: 'http://localhost:9000', authParams: { prompt: 'consent' } });
    expect(config.apiBaseUrl).toBe('');
    expect(config.authParams).toEqual({ prompt: 'consent' });
    expect(config.grpcWebBaseUrl).toBe('');
    expect(parseConfig({ issuer: 'https://id', grpcWebBaseUrl: 'https://grpc.example.com/' }).grpcWebBaseUrl).toBe(
      'https://grpc.example.com',
    );
  });

  it.each([
    [null, 'JSON object'],
    [[], 'JSON object'],
    [{}, '"issuer" must be a string'],
    [{ issuer: 'id.example.com' }, '"issuer" must be an http(s) URL'],
    [{ issuer: 'https://id', clientId: 3 }, '"clientId" must be a string'],
    [{ issuer: 'https://id', apiBaseUrl: 'ftp://x' }, '"apiBaseUrl"'],
    [{ issuer: 'https://id', grpcWebBaseUrl: 'x' }, '"grpcWebBaseUrl"'],
    [{ issuer: 'https://id', authParams: { prompt: 1 } }, '"authParams"'],
  ])('rejects %j', (raw, message) => {
    expect(() => parseConfig(raw)).toThrow(message);
  });
});

describe('loadConfig', () => {
  it('fetches /config.json without the HTTP cache', async () => {
    const fetchFn = vi.fn(async () => new Response(JSON.stringify({ issuer: 'https://id.example.com' })));
    const config = await loadConfig(fetchFn as unknown as typeof fetch);
    expect(config.issuer).toBe('https://id.example.com');
    expect(fetchFn).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });
  });

  it('reports an HTTP failure', async () => {
    const fetchFn = async () => new Response('missing', { status: 404 });
    await expect(loadConfig(fetchFn as typeof fetch)).rejects.toThrow('config.json: HTTP 404');
  });
});
