// Two or more builds of the SPA side by side: `node bench/spa-compare.mjs DIST_A DIST_B …` (each a
// built app's browser folder) prints bench-spa's chart_10k_ms and overlay_3x10k_ms for each, and
// when the chart was drawn after navigation, from RUNS (9) rounds that load every build in turn, so
// a busy shared machine weighs on all of them alike. For a change's before and after.
import { chromium } from '@playwright/test';
import { CHROMIUM, chartDrawn, overlayPath, signedInContext, startServer } from './mock-app.mjs';
const dists = process.argv.slice(2);
if (dists.length < 2) throw new Error('usage: node bench/spa-compare.mjs DIST_A DIST_B …');
const RUNS = Number(process.env.RUNS || 9);
const servers = await Promise.all(dists.map((d) => startServer(d.endsWith('/') ? d : d + '/')));
const browser = await chromium.launch(CHROMIUM);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const res = dists.map(() => ({ c: [], o: [], n: [], no: [] }));
async function load(base, path, series) {
  const context = await signedInContext(browser);
  const page = await context.newPage();
  await page.goto(base + path);
  const r = await chartDrawn(page, series);
  await context.close();
  return r;
}
for (let run = 0; run < RUNS; run++) {
  for (let i = 0; i < dists.length; i++) {
    const base = `http://127.0.0.1:${servers[i].address().port}`;
    const a = await load(base, '/', 1);
    const b = await load(base, overlayPath(), 3);
    res[i].c.push(a.chartMs); res[i].n.push(a.markAt); res[i].o.push(b.chartMs); res[i].no.push(b.markAt);
  }
}
for (let i = 0; i < dists.length; i++) {
  const r = res[i];
  console.log(`${dists[i]}: chart_10k ${median(r.c).toFixed(1)} [${r.c.map((x) => x.toFixed(0)).join(' ')}] nav→drawn ${median(r.n).toFixed(0)}; overlay ${median(r.o).toFixed(1)} nav→drawn ${median(r.no).toFixed(0)}`);
}
await browser.close();
for (const s of servers) s.close();
