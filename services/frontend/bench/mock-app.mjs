// The SPA alone, for `make bench-spa` and `make profile-spa`: serves a built app and answers the
// API and the OIDC discovery itself (three series of 10,000 points), and opens signed-in pages
// (the session seeded in sessionStorage the way angular-oauth2-oidc stores it after a sign-in).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const POINTS = 10_000;
export const SENSORS = ['s1', 's2', 's3'];
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json', '.ico': 'image/x-icon' };

/** Headless Chromium (Debian's /usr/bin/chromium) as the benchmarks launch it. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ],
};

function series(sensor, offset) {
  const now = Date.now();
  const points = [];
  for (let i = 0; i < POINTS; i++) {
    // 10,000 points over the last hour; each sensor at its own times, so an overlay aligns 30,000.
    const t = now - (POINTS - i) * 360 + offset;
    points.push([t, Math.round((20 + offset / 40 + 5 * Math.sin(i / 300) + Math.random()) * 1000) / 1000]);
  }
  return { series: [{ measurement: 'temperature', field: 'value', tags: { sensor }, points }] };
}

/** Serves `dist` (a built app's browser folder) and the mock API on a free loopback port. */
export function startServer(dist) {
  const data = Object.fromEntries(SENSORS.map((sensor, i) => [sensor, JSON.stringify(series(sensor, i * 120))]));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://bench');
    const origin = `http://${req.headers.host}`;
    const json = (body) => send(res, 200, 'application/json', JSON.stringify(body), req);
    switch (url.pathname) {
      case '/config.json':
        return json({ issuer: origin, clientId: 'timeseries-spa', apiBaseUrl: '' });
      case '/.well-known/openid-configuration':
        return json({
          issuer: origin,
          authorization_endpoint: `${origin}/auth`,
          token_endpoint: `${origin}/token`,
          end_session_endpoint: `${origin}/session/end`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
        });
      case '/api/me':
        return json({ subject: 'bench', owner: 'bench', roles: ['user'] });
      case '/api/series':
        return json({ series: SENSORS.map((sensor) => ({ measurement: 'temperature', tags: { sensor }, fields: ['value'] })) });
      case '/api/data':
        return send(res, 200, 'application/json', data[url.searchParams.get('tag.sensor')] ?? data.s1, req);
    }
    const path = normalize(join(dist, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!path.startsWith(dist)) return send(res, 404, 'text/plain', 'not found', req);
    try {
      return send(res, 200, TYPES[extname(path)] ?? 'application/octet-stream', await readFile(path), req);
    } catch {
      return send(res, 200, 'text/html', await readFile(join(dist, 'index.html')), req);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function send(res, status, type, body, req) {
  const compress = /gzip/.test(req.headers['accept-encoding'] ?? '') && /javascript|css|json|html/.test(type);
  const payload = compress ? gzipSync(body, { level: 6 }) : body;
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    ...(compress ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(payload);
}

/** The path of a shared link that overlays the three series. */
export function overlayPath() {
  const keys = SENSORS.map((sensor) => JSON.stringify(['', 'temperature', 'value', [['sensor', sensor]]]));
  return `/?${keys.map((k) => `series=${encodeURIComponent(k)}`).join('&')}`;
}

/** A new browser context whose pages start signed in. */
export async function signedInContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const now = Date.now();
    sessionStorage.setItem('access_token', 'bench-token');
    sessionStorage.setItem('access_token_stored_at', String(now));
    sessionStorage.setItem('expires_at', String(now + 3600_000));
    sessionStorage.setItem('id_token_claims_obj', JSON.stringify({ sub: 'bench', name: 'Bench' }));
  });
  return context;
}

/**
 * Waits on a loaded page for the chart drawn with `series` series of 10,000 points (the chart's
 * `chart-drawn` User Timing mark) and resolves with what the bench reports: `chartMs` from the
 * last /api/data response's end to that mark, `flightMs` from that request's start to its
 * response's end, the mark's own time, and the JavaScript loaded.
 */
export function chartDrawn(page, series) {
  return page.evaluate(
    (series) =>
      new Promise((resolve) => {
        const done = () => {
          const mark = performance.getEntriesByName('chart-drawn').find((m) => m.detail?.series === series && m.detail.points >= 10_000);
          if (!mark) return false;
          const resources = performance.getEntriesByType('resource');
          const data = resources.filter((r) => r.name.includes('/api/data'));
          const scripts = [...resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))];
          const js = scripts.filter((r) => r.name.endsWith('.js')).reduce((sum, r) => sum + r.encodedBodySize, 0);
          const last = data.reduce((a, b) => (b.responseEnd > a.responseEnd ? b : a));
          resolve({
            chartMs: mark.startTime - last.responseEnd,
            flightMs: last.responseEnd - last.startTime,
            markAt: mark.startTime,
            jsBytes: js,
            scripts: scripts.length,
          });
          return true;
        };
        if (!done()) new PerformanceObserver(() => done()).observe({ entryTypes: ['mark'] });
      }),
    series,
  );
}
