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
// OIDC discovery itself (mock-app.mjs), so they measure the SPA alone, not the backend; the session
// is seeded in sessionStorage the way angular-oauth2-oidc stores it after a sign-in. Where their
// time goes: `make profile-spa` (spa-profile.mjs). For range_1m it runs
// tests/stack/spa_range.py (the whole topology as `make up` starts it, plus the million points)
// with $PYTHON, and stops it at the end. Figures are noisy on a shared 2-core machine.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';
import { CHROMIUM, chartDrawn, overlayPath, signedInContext, startServer } from './mock-app.mjs';

const DIST = new URL('../dist/browser/', import.meta.url).pathname;
const ROOT = new URL('../../../', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS || 7);
const RANGE_RUNS = Number(process.env.BENCH_RANGE_RUNS || 5);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer(DIST);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(CHROMIUM);
/** One page load of `path`; resolves with the chart-drawn time once `series` series of 10,000 points are drawn. */
async function load(path, series) {
  const context = await signedInContext(browser);
  const page = await context.newPage();
  await page.goto(base + path);
  const result = await chartDrawn(page, series);
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
  const overlay = overlayPath();
  for (let run = 0; run < RUNS; run++) {
    const result = await load('/', 1);
    jsKb.push(result.jsBytes / 1024);
    chartMs.push(result.chartMs);
    const three = await load(overlay, 3);
    overlayMs.push(three.chartMs);
    console.log(
      `run ${run + 1}: js ${(result.jsBytes / 1024).toFixed(1)} kB gz in ${result.scripts} files, ` +
        `chart ${result.chartMs.toFixed(1)} ms, overlay of 3 ${three.chartMs.toFixed(1)} ms ` +
        `(drawn ${result.markAt.toFixed(0)} and ${three.markAt.toFixed(0)} ms after navigation)`,
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
