// `make profile-spa`: where the time of `make bench-spa`'s chart_10k_ms (or overlay_3x10k_ms) goes.
//
// Loads a production build with source maps (PROFILE_DIST, its browser folder) with the bench's
// mock API (mock-app.mjs) in headless Chromium, records a Chromium trace with V8's sampling CPU
// profiler for each load, and sums over exactly the span the bench measures (the /api/data
// response's end to the `chart-drawn` mark):
//   - the renderer main thread's own time per trace event (script, style, layout, paint, GC, ...)
//     and the time it was idle (waiting for a timer or a frame);
//   - the JavaScript samples per source package and per function, mapped through the source maps
//     (uPlot, @angular/core, the app's own files).
// Tracing slows the page: the shares matter, not the absolute figures. PROFILE_RUNS loads (5);
// PROFILE_VIEW=overlay profiles the three-series overlay instead; PROFILE_FROM=request starts the
// span at the /api/data request instead (what the points may wait for: the render of the catalog).
import { readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { TraceMap, originalPositionFor, sourceContentFor } from '@jridgewell/trace-mapping';
import { chromium } from '@playwright/test';
import { CHROMIUM, POINTS, chartDrawn, overlayPath, signedInContext, startServer } from './mock-app.mjs';

const DIST = process.env.PROFILE_DIST;
if (!DIST || !existsSync(join(DIST, 'index.html'))) throw new Error('PROFILE_DIST must name a built app (its browser folder)');
const RUNS = Number(process.env.PROFILE_RUNS || 5);
const OVERLAY = process.env.PROFILE_VIEW === 'overlay';
const FROM_REQUEST = process.env.PROFILE_FROM === 'request';
const CATEGORIES = [
  'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8',
  'blink.user_timing', 'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires',
  // Parsing and compiling on the main thread (V8.CompileCode, V8.ParseFunction): lazy compilation.
  'v8.compile', 'disabled-by-default-v8.compile',
];

const maps = new Map();
/** The original source file and function of a generated position (0-based line and column). */
function original(url, line, column) {
  const file = basename(new URL(url).pathname);
  if (!maps.has(file)) {
    const path = join(DIST, `${file}.map`);
    maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
  }
  const map = maps.get(file);
  const pos = map ? originalPositionFor(map, { line: line + 1, column }) : null;
  if (!pos?.source) return null;
  // An anonymous function is named by the start of its source line (the map's own copy of the source).
  const text = pos.name ? '' : (sourceContentFor(map, pos.source)?.split('\n')[pos.line - 1] ?? '').trim().slice(0, 60);
  return { source: pos.source.replace(/^.*?node_modules\//, 'node_modules/'), line: pos.line, name: pos.name || text || '(anonymous)' };
}

/** The package (or the app's own file) a source belongs to. */
function packageOf(source) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return m ? m[1] : source.replace(/^.*?src\//, 'src/');
}

function add(map, key, us) {
  map.set(key, (map.get(key) ?? 0) + us);
}

/** Self time (µs) per event name on one thread within [from, to], and the busy time (RunTask). */
function threadTime(events, from, to) {
  const spans = events
    .filter((e) => e.ph === 'X' && e.dur > 0 && e.ts < to && e.ts + e.dur > from)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  let busy = 0;
  // The task running when the response ended (its data waits for it): how much of it is in the span.
  let pending = 0;
  const clip = (a, b) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  // Self time: an event's span minus its children's, sweeping with a stack of open events.
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const top = stack.pop();
      add(self, top.name, clip(top.cursor, top.end));
      if (stack.length) stack.at(-1).cursor = top.end;
    }
  };
  for (const e of spans) {
    const end = e.ts + e.dur;
    close(e.ts);
    if (stack.length) {
      const parent = stack.at(-1);
      add(self, parent.name, clip(parent.cursor, e.ts));
      parent.cursor = e.ts;
    } else if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
      busy += clip(e.ts, end);
      if (e.ts < from && end > from) pending = clip(e.ts, end);
    }
    stack.push({ name: e.name, cursor: e.ts, end: Math.min(end, stack.at(-1)?.end ?? Infinity) });
  }
  close(Infinity);
  return { self, busy, pending };
}

/** JS self time (µs) per package and per function from the trace's CPU profile, within [from, to]. */
function scriptTime(events, pid, from, to) {
  const nodes = new Map();
  const byPackage = new Map();
  const byFunction = new Map();
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid || (e.name !== 'Profile' && e.name !== 'ProfileChunk')) continue;
    const p = profiles.get(e.id) ?? { t: 0, samples: [] };
    profiles.set(e.id, p);
    const data = e.args?.data ?? {};
    if (e.name === 'Profile') p.t = data.startTime ?? e.ts;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(`${e.id}:${node.id}`, node.callFrame);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      p.t += deltas[i] ?? 0;
      p.samples.push([p.t, `${e.id}:${samples[i]}`]);
    }
  }
  for (const { samples } of profiles.values()) {
    for (let i = 0; i + 1 < samples.length; i++) {
      const [t, id] = samples[i];
      const us = Math.max(0, Math.min(samples[i + 1][0], to) - Math.max(t, from));
      if (!us) continue;
      const frame = nodes.get(id);
      if (!frame) continue;
      if (!frame.url) {
        add(byPackage, frame.functionName || '(native)', us);
        continue;
      }
      const where = original(frame.url, frame.lineNumber, frame.columnNumber);
      const pkg = where ? packageOf(where.source) : basename(frame.url);
      add(byPackage, pkg, us);
      add(byFunction, where ? `${where.name ?? frame.functionName ?? '?'} (${where.source.replace(/^.*node_modules\//, '')}:${where.line})` : `${frame.functionName} (${basename(frame.url)})`, us);
    }
  }
  return { byPackage, byFunction };
}

async function profileLoad(browser, base) {
  const context = await signedInContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  await page.goto(base + (OVERLAY ? overlayPath() : '/'));
  const result = await chartDrawn(page, OVERLAY ? 3 : 1);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  // The span the bench measures, in trace time: it ends at the mark.
  // The first mark with every series' points (the ones before it are the frame's, without points).
  const series = OVERLAY ? 3 : 1;
  const mark = events.find((e) => {
    if (e.name !== 'chart-drawn' || !e.cat.includes('blink.user_timing')) return false;
    const detail = JSON.parse(e.args?.data?.detail ?? '{}');
    return detail.series === series && detail.points >= POINTS;
  });
  if (!mark) throw new Error('no chart-drawn mark in the trace');
  const to = mark.ts;
  const from = to - (result.chartMs + (FROM_REQUEST ? result.flightMs : 0)) * 1000;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === mark.pid && e.args.name === 'CrRendererMain');
  const thread = events.filter((e) => e.pid === mark.pid && e.tid === main.tid);
  return { chartMs: result.chartMs, span: (to - from) / 1000, markAt: result.markAt, ...threadTime(thread, from, to), ...scriptTime(events, mark.pid, from, to) };
}

const top = (map, n, runs) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `  ${(us / 1000 / runs).toFixed(1).padStart(6)} ms  ${k}`).join('\n');

const server = await startServer(DIST.endsWith('/') ? DIST : `${DIST}/`);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(CHROMIUM);
try {
  await profileLoad(browser, base); // a warm-up load: the browser's own first-run costs
  const totals = { self: new Map(), byPackage: new Map(), byFunction: new Map(), busy: 0, pending: 0, span: [] };
  for (let run = 0; run < RUNS; run++) {
    const r = await profileLoad(browser, base);
    console.log(
      `run ${run + 1}: ${OVERLAY ? 'overlay' : 'chart'} ${r.chartMs.toFixed(1)} ms (traced; drawn ${r.markAt.toFixed(0)} ms after navigation), ` +
        `main thread busy ${(r.busy / 1000).toFixed(1)} ms, of which ${(r.pending / 1000).toFixed(1)} ms the task running when the response ended`,
    );
    totals.span.push(r.span);
    totals.busy += r.busy;
    totals.pending += r.pending;
    for (const key of ['self', 'byPackage', 'byFunction']) for (const [k, v] of r[key]) add(totals[key], k, v);
  }
  const mean = totals.span.reduce((a, b) => a + b, 0) / RUNS;
  const ms = (us) => (us / 1000 / RUNS).toFixed(1);
  console.log(
    `\nmean over ${RUNS} loads: span ${mean.toFixed(1)} ms, main thread busy ${ms(totals.busy)} ms ` +
      `(${ms(totals.pending)} ms finishing the task running when the response ended), idle ${(mean - totals.busy / 1000 / RUNS).toFixed(1)} ms`,
  );
  console.log(`main thread, own time per trace event:\n${top(totals.self, 14, RUNS)}`);
  console.log(`JavaScript samples per package:\n${top(totals.byPackage, 10, RUNS)}`);
  console.log(`JavaScript samples per function:\n${top(totals.byFunction, 20, RUNS)}`);
} finally {
  await browser.close();
  server.close();
}
