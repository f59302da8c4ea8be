/**
 * The dashboard's views against the whole topology, one test per feature: an admin's overlay of
 * three owners' series, drag-to-zoom (the URL and the range fetched), a shared URL restored in a
 * new browser after sign-in, and the CSV download compared with what InfluxDB holds. The points
 * are published to RabbitMQ in this run (their own `run` tag) and read back from InfluxDB.
 */
import { type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { type Point, keycloakLogin, ownerOf, publish, shot, signIn, stack, storedCount } from './stack';

const RUN = `v${Date.now().toString(36)}`;
const STEP_MS = 5_000;

/** `count` points, one every 5 s, ending one second ago: `base` plus a wave, never an integer. */
function points(measurement: string, count: number, base: number): Point[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    measurement,
    tags: { sensor: 's1', run: RUN },
    fields: { value: Math.round((base + 5 * Math.sin(i / 6)) * 100) / 100 + 0.001 },
    timeMs: now - 1_000 - (count - 1 - i) * STEP_MS,
  }));
}

const DATA = {
  alice: [points('e2e_view_room', 100, 20), points('e2e_view_hall', 60, 40)],
  bob: [points('e2e_view_power', 80, 300)],
  admin: [points('e2e_view_load', 40, 1)],
};

test.beforeAll(async () => {
  for (const [user, list] of Object.entries(DATA)) for (const p of list) await publish(ownerOf(user), p);
  for (const [user, list] of Object.entries(DATA)) {
    for (const p of list) {
      await expect.poll(() => storedCount(ownerOf(user), p[0].measurement, RUN), { timeout: 30_000 }).toBe(p.length);
    }
  }
});

const items = (page: Page) => page.getByTestId('series-item');
const entries = (page: Page) => page.getByTestId('legend-entry');
const chart = (page: Page) => page.getByTestId('chart');
const item = (page: Page, measurement: string) => items(page).filter({ hasText: `${measurement}.value` });
const overlay = (page: Page, measurement: string) =>
  page.locator('.series-row').filter({ hasText: `${measurement}.value` }).getByTestId('overlay-toggle');

/** The fields of one RFC 4180 line (quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  const pattern = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  for (const match of line.matchAll(pattern)) fields.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]);
  return fields;
}

/** A value as the legend writes it (series.ts formatValue: 1 decimal from 100 up, else 3). */
const shown = (v: number) => String(Number(v.toFixed(Math.abs(v) >= 100 ? 1 : 3)));
const last = (p: Point[]) => p[p.length - 1].fields['value'];
const maxOf = (p: Point[]) => Math.max(...p.map((x) => x.fields['value']));

test('an admin overlays three owners\' series in distinct colours, with a legend that toggles them', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByLabel('Filter').fill(RUN);
  await expect(items(page)).toHaveCount(4);
  await item(page, 'e2e_view_room').click();
  await overlay(page, 'e2e_view_power').click();
  await overlay(page, 'e2e_view_load').click();
  await expect(chart(page)).toHaveAttribute('data-series', '3');
  const total = DATA.alice[0].length + DATA.bob[0].length + DATA.admin[0].length;
  await expect(chart(page)).toHaveAttribute('data-points', String(total));
  await expect(page.getByTestId('chart-title')).toHaveText('3 series');

  // One entry per series: its owner, its statistics (from the points published), its own colour.
  await expect(entries(page)).toHaveCount(3);
  const expected = [
    ['alice', DATA.alice[0]],
    ['bob', DATA.bob[0]],
    ['admin', DATA.admin[0]],
  ] as const;
  for (const [i, [user, published]] of expected.entries()) {
    const entry = entries(page).nth(i);
    await expect(entry.locator('.owner')).toHaveText(ownerOf(user));
    await expect(entry).toContainText(`${published.length} points`);
    await expect(entry).toContainText(`max ${shown(maxOf(published))}`);
    await expect(entry).toContainText(`last ${shown(last(published))}`);
  }
  const colours = await entries(page).locator('.swatch').evaluateAll((els) => els.map((e) => getComputedStyle(e).borderColor));
  expect(new Set(colours).size).toBe(3);
  await expect(page.locator('[data-testid=chart] canvas')).toBeVisible();
  await shot(page, 'views-1-overlay');

  await entries(page).nth(1).click();
  await expect(entries(page).nth(1)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[data-testid=chart] .plot')).toHaveAttribute('aria-label', /3 series/);
  await entries(page).nth(1).click();
  await expect(entries(page).nth(1)).toHaveAttribute('aria-pressed', 'true');
});

test('dragging across the chart zooms: the URL and the range fetched follow, double-click goes back', async ({ page }) => {
  await signIn(page, 'alice');
  await page.getByLabel('Filter').fill(RUN);
  await item(page, 'e2e_view_room').click();
  await expect(chart(page)).toHaveAttribute('data-points', String(DATA.alice[0].length));
  await page.getByTestId('range-select').selectOption('15m');
  await expect(chart(page)).toHaveAttribute('data-points', String(DATA.alice[0].length));

  const over = page.locator('[data-testid=chart] .u-over');
  const box = (await over.boundingBox())!;
  const fetched = page.waitForRequest((r) => r.url().includes('/api/data') && new URL(r.url()).searchParams.has('stop'));
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  const params = new URL((await fetched).url()).searchParams;
  const [start, stop] = [Date.parse(params.get('start')!), Date.parse(params.get('stop')!)];
  // About a quarter of the 15 minutes, ending before now.
  expect(stop - start).toBeGreaterThan(3 * 60_000);
  expect(stop - start).toBeLessThan(5 * 60_000);
  expect(Number(params.get('max_points'))).toBeGreaterThanOrEqual(200);

  const url = new URL(page.url()).searchParams;
  expect([Date.parse(url.get('from')!), Date.parse(url.get('to')!)]).toEqual([start, stop]);
  const inRange = DATA.alice[0].filter((p) => p.timeMs >= start && p.timeMs < stop).length;
  await expect(chart(page)).toHaveAttribute('data-points', String(inRange));
  expect(inRange).toBeLessThan(DATA.alice[0].length);
  await expect(page.getByTestId('zoomed')).toBeVisible();
  await shot(page, 'views-2-zoomed');

  const back = page.waitForRequest((r) => r.url().includes('/api/data'));
  await over.dblclick();
  expect(new URL((await back).url()).searchParams.get('start')).toBe('-900s');
  await expect(chart(page)).toHaveAttribute('data-points', String(DATA.alice[0].length));
  expect(new URL(page.url()).searchParams.has('from')).toBe(false);
});

test('a shared URL opened in a new browser shows the same view after sign-in', async ({ page, browser }) => {
  await signIn(page, 'alice');
  await page.getByLabel('Filter').fill(RUN);
  await item(page, 'e2e_view_room').click();
  await overlay(page, 'e2e_view_hall').click();
  await page.getByTestId('range-select').selectOption('6h');
  await page.getByTestId('aggregate-select').selectOption('max');
  await expect(chart(page)).toHaveAttribute('data-series', '2');
  await expect(page).toHaveURL(/agg=max/);
  const shared = page.url();
  const legend = await entries(page).locator('.name').allTextContents();

  const context = await browser.newContext(); // no session, no storage: another person's browser
  const other = await context.newPage();
  await other.goto(shared);
  await other.getByTestId('sign-in').click();
  await keycloakLogin(other, 'alice');
  await expect(other.getByTestId('user-name')).toBeVisible();
  await expect(other.getByTestId('chart')).toHaveAttribute('data-series', '2');
  await expect(other.getByTestId('range-select')).toHaveValue('6h');
  await expect(other.getByTestId('aggregate-select')).toHaveValue('max');
  expect(await other.getByTestId('legend-entry').locator('.name').allTextContents()).toEqual(legend);
  expect(new URL(other.url()).search).toBe(new URL(shared).search);
  await shot(other, 'views-3-shared');
  await context.close();
});

test('the CSV download holds exactly what InfluxDB stores', async ({ page }) => {
  await signIn(page, 'bob');
  await page.getByLabel('Filter').fill(RUN);
  await item(page, 'e2e_view_power').click();
  await expect(chart(page)).toHaveAttribute('data-points', String(DATA.bob[0].length));
  const download = page.waitForEvent('download');
  await page.getByTestId('download-csv').click();
  const file = await (await download).path();
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\r\n');
  expect(header).toBe('owner,series,time,value');
  const rows = lines.map(csvFields);

  const s = stack();
  const owner = ownerOf('bob');
  const q = `SELECT "value"::field FROM "${owner}/e2e_view_power" WHERE "run"::tag = '${RUN}'`;
  const response = await fetch(`${s.influx_url}/query?db=${encodeURIComponent(s.influx_db)}&epoch=ms&q=${encodeURIComponent(q)}`, {
    headers: { Authorization: `Token ${s.influx_token}` },
  });
  const stored = ((await response.json()) as { results: { series: { values: [number, number][] }[] }[] }).results[0].series[0].values;
  expect(stored).toHaveLength(DATA.bob[0].length);
  // The series column is the line-protocol series key and field; tags sorted.
  expect(rows.map(([o, series, time, value]) => [o, series, Date.parse(time), Number(value)])).toEqual(
    stored.map(([time, value]) => [owner, `e2e_view_power,run=${RUN},sensor=s1 value`, time, value]),
  );
});
