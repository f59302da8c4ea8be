// `node bench/spa-timeline.mjs DIST` (a built app's browser folder; RUNS loads, 8;
// VIEW=overlay for the three-series overlay): what a load of bench-spa's chart waited for. Per
// load, a light Chromium trace (top-level tasks and User Timing only, so it slows the page little)
// gives the renderer main thread's tasks from the /api/data request to the `chart-drawn` mark,
// in ms relative to the response's end (the start of chart_10k_ms), each with where Chromium
// posted it from (a timer, a frame, the network) and the chart-drawn marks (the frame without
// points, then the points). Tasks under 0.5 ms are left out.
//
// This is how the slow mode of chart_10k_ms was found: the loads whose response ended while the
// main thread was still building and laying out the chart (after the catalog) waited for it.
import { chromium } from '@playwright/test';
import { CHROMIUM, chartDrawn, overlayPath, signedInContext, startServer } from './mock-app.mjs';

const DIST = process.argv[2];
if (!DIST) throw new Error('usage: node bench/spa-timeline.mjs DIST');
const RUNS = Number(process.env.RUNS || 8);
const OVERLAY = process.env.VIEW === 'overlay';

const server = await startServer(DIST.endsWith('/') ? DIST : `${DIST}/`);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(CHROMIUM);
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await signedInContext(browser);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] } });
    await page.goto(base + (OVERLAY ? overlayPath() : '/'));
    const result = await chartDrawn(page, OVERLAY ? 3 : 1);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await context.close();
    const marks = events.filter((e) => e.name === 'chart-drawn' && e.cat.includes('blink.user_timing'));
    const mark = marks.at(-1);
    // Trace time of the response's end: the last mark is chartMs after it.
    const zero = mark.ts - result.chartMs * 1000;
    const from = zero - result.flightMs * 1000;
    const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === mark.pid && e.args.name === 'CrRendererMain');
    const rel = (ts) => ((ts - zero) / 1000).toFixed(1).padStart(6);
    console.log(
      `load ${run + 1}: chart ${result.chartMs.toFixed(1)} ms; /api/data request at ${rel(from)}, response end at 0; ` +
        `chart-drawn at ${marks.map((m) => `${rel(m.ts).trim()} (${JSON.parse(m.args?.data?.detail ?? '{}').points ?? '?'} points)`).join(', ')}`,
    );
    // Top-level events: a task, or the microtask checkpoint that ends one (a promise's continuation).
    const spans = events
      .filter((e) => e.pid === mark.pid && e.tid === main.tid && e.ph === 'X')
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const tasks = [];
    for (const e of spans) if (!tasks.length || e.ts >= tasks.at(-1).ts + tasks.at(-1).dur) tasks.push(e);
    for (const t of tasks.filter((e) => e.dur >= 500 && e.ts + e.dur > from && e.ts < mark.ts + 1)) {
      const posted = t.args?.src_func ? `${t.args.src_func} (${(t.args.src_file ?? '').split('/').pop()})` : t.name;
      console.log(`  ${rel(t.ts)} +${(t.dur / 1000).toFixed(1).padStart(5)} ms  ${posted}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
