// `make bench-spa`: the SPA's figures, measured in headless Chromium (Debian's /usr/bin/chromium).
//
//   initial_js_kb_gz  transfer size of the JavaScript a signed-in page loads at start, gzip-compressed
//                     as nginx serves it (level 6); lazy chunks (the live client) are not loaded.
//   chart_10k_ms      time from the arrival of a 10,000-point /api/data response (its responseEnd)
//                     to the drawn chart (the chart's `chart-drawn` User Timing mark): JSON parse,
//                     conversion, change detection, uPlot layout and draw. Median of several loads.
//   overlay_3x10k_ms  the same for an overlay of three 10,000-point series (a shared link naming
//                     them): from the last of the three responses to the chart drawn with all three.
//   range_1m_ms       1,000,000 points of one series stored in range in a real InfluxDB 2.7, behind
//                     the real API, oauth2-proxy and gateway, signed in on Keycloak's login page: from
//                     the start of the SPA's /api/data request (max_points = the chart's width, so
//                     the API answers each window's minimum and maximum) to the chart drawn.
//
// For the first three, this script serves the built app (dist/browser) and answers the API and the
// OIDC discovery itself, so they measure the SPA alone, not the backend; the session is seeded in
// sessionStorage the way angular-oauth2-oidc stores it after a sign-in. For range_1m it runs
// tests/stack/spa_range.py (the whole topology as `make up` starts it, plus the million points)
// with $PYTHON, and stops it at the end. Figures are noisy on a shared 2-core machine.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const DIST = new URL('../dist/browser/', import.meta.url).pathname;
const ROOT = new URL('../../../', import.meta.url).pathname;
const POINTS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS || 7);
const RANGE_RUNS = Number(process.env.BENCH_RANGE_RUNS || 5);
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json', '.ico': 'image/x-icon' };

const SENSORS = ['s1', 's2', 's3'];

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

function startServer() {
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
    const path = normalize(join(DIST, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!path.startsWith(DIST)) return send(res, 404, 'text/plain', 'not found', req);
    try {
      return send(res, 200, TYPES[extname(path)] ?? 'application/octet-stream', await readFile(path), req);
    } catch {
      return send(res, 200, 'text/html', await readFile(join(DIST, 'index.html')), req);
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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ],
});
/** One page load of `path`; resolves with the chart-drawn time once `series` series of 10,000 points are drawn. */
async function load(path, series) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const now = Date.now();
    sessionStorage.setItem('access_token', 'bench-token');
    sessionStorage.setItem('access_token_stored_at', String(now));
    sessionStorage.setItem('expires_at', String(now + 3600_000));
    sessionStorage.setItem('id_token_claims_obj', JSON.stringify({ sub: 'bench', name: 'Bench' }));
  });
  const page = await context.newPage();
  await page.goto(base + path);
  const result = await page.evaluate(
    (series) =>
      new Promise((resolve) => {
        const done = () => {
          const mark = performance.getEntriesByName('chart-drawn').find((m) => m.detail?.series === series && m.detail.points >= 10_000);
          if (!mark) return false;
          const resources = performance.getEntriesByType('resource');
          const data = resources.filter((r) => r.name.includes('/api/data'));
          const scripts = [...resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))];
          const js = scripts.filter((r) => r.name.endsWith('.js')).reduce((sum, r) => sum + r.encodedBodySize, 0);
          const arrived = Math.max(...data.map((r) => r.responseEnd));
          resolve({ chartMs: mark.startTime - arrived, jsBytes: js, scripts: scripts.length });
          return true;
        };
        if (!done()) new PerformanceObserver(() => done()).observe({ entryTypes: ['mark'] });
      }),
    series,
  );
  await context.close();
  return result;
}

/** The real stack with the million points (tests/stack/spa_range.py); resolves with its state line. */
function startStack() {
  const child = spawn(process.env.PYTHON || join(ROOT, '.venv/bin/python'), ['-m', 'tests.stack.spa_range'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const state = new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
    exited.then((code) => reject(new Error(`tests.stack.spa_range exited (${code}) before the stack was up`)));
  });
  // Closing its stdin stops the stack (and so does this process's end).
  return { state, stop: () => (child.exitCode === null ? (child.stdin.end(), exited) : exited) };
}

/** Signs in on Keycloak's own login page, as e2e/stack.ts does; returns the signed-in page. */
async function signIn(state) {
  const { username, password } = state.users.find((u) => u.username === state.range.user);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(state.gateway_url);
  await page.getByTestId('sign-in').click();
  await page.waitForURL((url) => url.href.startsWith(`${state.issuer_url}/protocol/openid-connect/auth`));
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.locator('#kc-login').click();
  await page.getByTestId('user-name').waitFor();
  return page;
}

/** One load of the million-point view on the signed-in page: /api/data request start to chart drawn. */
async function loadRange(page, url) {
  await page.goto(url);
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const done = () => {
          const data = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/data'));
          if (!data.length) return false;
          const last = data.reduce((a, b) => (b.responseEnd > a.responseEnd ? b : a));
          const mark = performance
            .getEntriesByName('chart-drawn')
            .find((m) => m.startTime >= last.responseEnd && m.detail?.series === 1 && m.detail.points > 0);
          if (!mark) return false;
          const max = new URL(last.name).searchParams.get('max_points');
          resolve({ ms: mark.startTime - last.startTime, points: mark.detail.points, maxPoints: Number(max), bytes: last.encodedBodySize });
          return true;
        };
        if (!done()) new PerformanceObserver(() => done()).observe({ entryTypes: ['mark', 'resource'] });
      }),
  );
}

let stack = null;
try {
  const jsKb = [];
  const chartMs = [];
  const overlayMs = [];
  const keys = SENSORS.map((sensor) => JSON.stringify(['', 'temperature', 'value', [['sensor', sensor]]]));
  const overlay = `/?${keys.map((k) => `series=${encodeURIComponent(k)}`).join('&')}`;
  for (let run = 0; run < RUNS; run++) {
    const result = await load('/', 1);
    jsKb.push(result.jsBytes / 1024);
    chartMs.push(result.chartMs);
    const three = await load(overlay, 3);
    overlayMs.push(three.chartMs);
    console.log(
      `run ${run + 1}: js ${(result.jsBytes / 1024).toFixed(1)} kB gz in ${result.scripts} files, ` +
        `chart ${result.chartMs.toFixed(1)} ms, overlay of 3 ${three.chartMs.toFixed(1)} ms`,
    );
  }

  console.log('starting the real stack with 1,000,000 stored points (tests/stack/spa_range.py) …');
  stack = startStack();
  const state = await stack.state;
  const { series, points, first_ns: firstNs, last_ns: lastNs } = state.range;
  // An absolute range holding exactly the stored points (the view a zoom or a shared link makes).
  const from = new Date(Math.floor(Number(BigInt(firstNs) / 1_000_000n))).toISOString();
  const to = new Date(Math.ceil(Number(BigInt(lastNs) / 1_000_000n)) + 1).toISOString();
  const url = `${state.gateway_url}/?${new URLSearchParams({ series, from, to })}`;
  const page = await signIn(state);
  const rangeMs = [];
  for (let run = 0; run < RANGE_RUNS; run++) {
    const result = await loadRange(page, url);
    rangeMs.push(result.ms);
    console.log(
      `range run ${run + 1}: ${points.toLocaleString('en')} stored points, max_points=${result.maxPoints}, ` +
        `${result.points} drawn (${(result.bytes / 1024).toFixed(1)} kB), request to chart ${result.ms.toFixed(1)} ms`,
    );
  }
  console.log(
    `spa: initial_js_kb_gz=${median(jsKb).toFixed(1)} chart_10k_ms=${median(chartMs).toFixed(1)} ` +
      `overlay_3x10k_ms=${median(overlayMs).toFixed(1)} range_1m_ms=${median(rangeMs).toFixed(1)}`,
  );
} finally {
  await browser.close();
  server.close();
  await stack?.stop();
}
