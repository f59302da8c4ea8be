import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiService, authInterceptor, toApiError } from './api.service';
import { AuthService } from './auth.service';
import { APP_CONFIG } from './config';

const API = 'https://api.example.com';

function setup(token: string | null = 'tok') {
  const auth = { accessToken: vi.fn(() => token), endLocally: vi.fn() };
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      { provide: APP_CONFIG, useValue: { issuer: 'https://id', clientId: 'c', apiBaseUrl: API, grpcWebBaseUrl: API, scope: '', authParams: {} } },
      { provide: AuthService, useValue: auth },
    ],
  });
  return { api: TestBed.inject(ApiService), http: TestBed.inject(HttpTestingController), auth };
}

const flushAsync = () => new Promise((resolve) => setTimeout(resolve));

describe('ApiService', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('sends the bearer token to the API', async () => {
    const { api, http } = setup();
    const me = api.me();
    const req = http.expectOne(`${API}/api/me`);
    expect(req.request.headers.get('Authorization')).toBe('Bearer tok');
    req.flush({ subject: 'alice', owner: 'alice', roles: ['user'] });
    expect(await me).toEqual({ subject: 'alice', owner: 'alice', roles: ['user'] });
  });

  it('builds the data query with tags and aggregation', async () => {
    const { api, http } = setup();
    const result = api.data(
      { series: { measurement: 'cpu', field: 'user', tags: { host: 'a b' } }, start: '-3600s', every: '5s', fn: 'max' },
      false,
    );
    const req = http.expectOne((r) => r.url === `${API}/api/data`);
    expect(req.request.params.toString()).toBe('measurement=cpu&field=user&start=-3600s&tag.host=a%20b&every=5s&fn=max');
    req.flush({ series: [{ measurement: 'cpu', field: 'user', tags: { host: 'a b' }, points: [[1000, 1]] }], truncated: true });
    const { series, truncated } = await result;
    expect(series[0].points).toEqual([[1000, 1]]);
    expect(truncated).toBe(true);
  });

  it('asks for about the chart width in points and reports downsampling', async () => {
    const { api, http } = setup();
    const result = api.data({ series: { measurement: 'cpu', field: 'user', tags: {} }, start: '-5y', maxPoints: 812.4 }, false);
    const req = http.expectOne((r) => r.url === `${API}/api/data`);
    expect(req.request.params.get('max_points')).toBe('812');
    req.flush({ series: [], truncated: false, downsampled: true });
    expect((await result).downsampled).toBe(true);
  });

  it('exports the same selection as CSV, with the token, admins for the series owner', async () => {
    const { api, http } = setup();
    const csv = api.exportCsv(
      { series: { owner: 'bob', measurement: 'm', field: 'f', tags: { s: '1' } }, start: '-1h', stop: '2026-12-01T00:00:00Z', maxPoints: 5 },
      true,
    );
    const req = http.expectOne((r) => r.url === `${API}/api/admin/export`);
    expect(req.request.headers.get('Authorization')).toBe('Bearer tok');
    expect(req.request.responseType).toBe('blob');
    // No max_points: an export holds every point of the range.
    expect(req.request.params.toString()).toBe('measurement=m&field=f&start=-1h&stop=2026-12-01T00:00:00Z&tag.s=1&owner=bob');
    req.flush(new Blob(['owner,series,time,value\r\n']));
    expect(await (await csv).text()).toBe('owner,series,time,value\r\n');
  });

  it('reads other owners through the admin endpoints', async () => {
    const { api, http } = setup();
    const all = api.catalog('*');
    const reqAll = http.expectOne((r) => r.url === `${API}/api/admin/series`);
    expect(reqAll.request.params.keys()).toEqual([]);
    reqAll.flush({ series: [{ owner: 'bob', measurement: 'm', tags: {}, fields: ['f'] }] });
    expect(await all).toHaveLength(1);

    const data = api.data({ series: { owner: 'bob', measurement: 'm', field: 'f', tags: {} }, start: '-1h' }, true);
    const req = http.expectOne((r) => r.url === `${API}/api/admin/data`);
    expect(req.request.params.get('owner')).toBe('bob');
    expect(req.request.params.has('every')).toBe(false);
    req.flush({ series: [] });
    expect(await data).toEqual({ series: [], truncated: false, downsampled: false });

    const own = api.catalog();
    http.expectOne(`${API}/api/series`).flush({ series: [] });
    expect(await own).toEqual([]);
  });

  it('ends the session on 401 and surfaces the API message', async () => {
    const { api, http, auth } = setup();
    const me = api.me();
    http.expectOne(`${API}/api/me`).flush({ error: { code: 'unauthenticated', message: 'token expired' } }, { status: 401, statusText: 'Unauthorized' });
    await expect(me).rejects.toMatchObject({ status: 401, message: 'token expired' });
    expect(auth.endLocally).toHaveBeenCalled();
  });

  it('makes no call at all when signed out', async () => {
    const { api, http } = setup(null);
    await expect(api.me()).rejects.toMatchObject({ status: 401 });
    await flushAsync();
    http.expectNone(`${API}/api/me`);
  });

  it('never sends the token elsewhere', () => {
    const { http } = setup();
    TestBed.inject(ApiService)['http'].get('https://id/.well-known/openid-configuration').subscribe();
    const req = http.expectOne('https://id/.well-known/openid-configuration');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush({});
  });

  it('maps errors to readable messages', async () => {
    const { api, http } = setup();
    const bad = api.catalog();
    http.expectOne(`${API}/api/series`).flush({ error: { code: 'invalid', message: 'bad start' } }, { status: 400, statusText: 'Bad Request' });
    await expect(bad).rejects.toMatchObject({ status: 400, message: 'bad start' });

    const down = api.catalog();
    http.expectOne(`${API}/api/series`).flush({ error: { code: 'unavailable', message: 'x' } }, { status: 503, statusText: 'x' });
    await expect(down).rejects.toMatchObject({ status: 503, message: expect.stringContaining('unavailable') });

    const offline = api.catalog();
    http.expectOne(`${API}/api/series`).error(new ProgressEvent('error'));
    await expect(offline).rejects.toMatchObject({ status: 0, message: expect.stringContaining('cannot be reached') });
    expect(toApiError(new Error('x')).message).toBe('x');
  });
});
