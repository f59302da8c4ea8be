/** Pure helpers for series identity, time ranges, aggregation windows and chart columns. */

/** One plottable series: a measurement, its exact tag set and one field (and, for admins, its owner). */
export interface SeriesRef {
  owner?: string;
  measurement: string;
  field: string;
  tags: Record<string, string>;
}

/**
 * Columns as uPlot wants them: x in epoch seconds (ascending), y numeric or null (gap). A REST
 * load gives Float64Arrays (y too when it has no gap): unboxed numbers outside the JS heap, so
 * its 10,000 points leave the garbage collector little to copy while the chart is drawn.
 */
export interface ChartData {
  x: number[] | Float64Array;
  y: (number | null)[] | Float64Array;
}

export interface RangePreset {
  id: string;
  label: string;
  seconds: number;
}

export const RANGES: readonly RangePreset[] = [
  { id: '15m', label: 'Last 15 minutes', seconds: 15 * 60 },
  { id: '1h', label: 'Last hour', seconds: 3600 },
  { id: '6h', label: 'Last 6 hours', seconds: 6 * 3600 },
  { id: '24h', label: 'Last 24 hours', seconds: 86400 },
  { id: '7d', label: 'Last 7 days', seconds: 7 * 86400 },
  { id: '30d', label: 'Last 30 days', seconds: 30 * 86400 },
  { id: '90d', label: 'Last 90 days', seconds: 90 * 86400 },
  { id: '1y', label: 'Last year', seconds: 365 * 86400 },
  { id: '5y', label: 'Last 5 years', seconds: 5 * 365 * 86400 },
];

/** The next longer preset, or null for the longest. */
export function longerRange(id: string): RangePreset | null {
  const index = RANGES.findIndex((r) => r.id === id);
  return index >= 0 && index < RANGES.length - 1 ? RANGES[index + 1] : null;
}

/** `raw` or one of the API's `fn` values. */
export const AGGREGATES = ['raw', 'mean', 'min', 'max', 'sum', 'count', 'first', 'last'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

/** Windows the chart aggregates into, shortest first (InfluxQL duration literals). */
const WINDOWS: readonly [string, number][] = [
  ['1s', 1], ['2s', 2], ['5s', 5], ['10s', 10], ['15s', 15], ['30s', 30],
  ['1m', 60], ['2m', 120], ['5m', 300], ['10m', 600], ['15m', 900], ['30m', 1800],
  ['1h', 3600], ['2h', 7200], ['6h', 21600], ['12h', 43200], ['1d', 86400],
];

/** The shortest window that keeps a range at or under `maxPoints` points. */
export function windowFor(rangeSeconds: number, maxPoints = 720): string {
  const wanted = rangeSeconds / maxPoints;
  return (WINDOWS.find(([, seconds]) => seconds >= wanted) ?? WINDOWS[WINDOWS.length - 1])[0];
}

export function rangePreset(id: string): RangePreset {
  return RANGES.find((r) => r.id === id) ?? RANGES[1];
}

function sortedTags(tags: Record<string, string>): [string, string][] {
  return Object.entries(tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A stable identity for a series (owner, measurement, tags, field). */
export function seriesKey(ref: SeriesRef): string {
  return JSON.stringify([ref.owner ?? '', ref.measurement, ref.field, sortedTags(ref.tags)]);
}

/** Human-readable name: `cpu.usage_user · host=a, cpu=0`. */
export function seriesLabel(ref: SeriesRef): string {
  const tags = sortedTags(ref.tags).map(([k, v]) => `${k}=${v}`).join(', ');
  return `${ref.measurement}.${ref.field}${tags ? ` · ${tags}` : ''}`;
}

export function sameTags(a: Record<string, string>, b: Record<string, string>): boolean {
  const ea = sortedTags(a);
  const eb = sortedTags(b);
  return ea.length === eb.length && ea.every(([k, v], i) => k === eb[i][0] && v === eb[i][1]);
}

/** One selectable series per catalog entry and field, ordered by owner then label. */
export function flattenCatalog(
  entries: readonly { owner?: string; measurement: string; tags: Record<string, string>; fields: string[] }[],
): SeriesRef[] {
  const refs = entries.flatMap((e) =>
    e.fields.map((field) => ({ owner: e.owner || undefined, measurement: e.measurement, field, tags: e.tags ?? {} })),
  );
  return refs.sort((a, b) => {
    const byOwner = (a.owner ?? '').localeCompare(b.owner ?? '');
    return byOwner || seriesLabel(a).localeCompare(seriesLabel(b));
  });
}

/** Owners named in a catalog, sorted, without duplicates. */
export function ownersOf(entries: readonly { owner?: string }[]): string[] {
  return [...new Set(entries.map((e) => e.owner).filter((o): o is string => !!o))].sort();
}

/** Booleans plot as 0/1; strings cannot be plotted and become gaps. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

/** REST points (`[epoch ms, value]`) to chart columns. */
export function fromPoints(points: readonly (readonly [number, unknown])[]): ChartData {
  const n = points.length;
  const x = new Float64Array(n);
  const numbers = new Float64Array(n);
  let i = 0;
  // JSON numbers are always finite: the common case needs no call (this loop runs cold, per load).
  for (; i < n; i++) {
    const point = points[i];
    const value = point[1];
    x[i] = point[0] / 1000;
    if (typeof value !== 'number') break;
    numbers[i] = value;
  }
  if (i === n) return { x, y: numbers };
  // A value that is not a number: from here on a column of numbers and gaps.
  const y: (number | null)[] = Array.from(numbers.subarray(0, i));
  for (; i < n; i++) {
    x[i] = points[i][0] / 1000;
    y.push(toNumber(points[i][1]));
  }
  return { x, y };
}

/** Nanosecond timestamps (gRPC columns) to chart seconds. */
export function nanosToSeconds(times: readonly bigint[]): number[] {
  return times.map((t) => Number(t / 1_000_000n) / 1000);
}

/**
 * Appends newer points to a chart (points at or before the last one are duplicates of what
 * the chart has, e.g. a Watch resumed from the last loaded point) and drops points older than
 * `minX`. Returns new arrays so change detection sees the change.
 */
export function appendPoints(data: ChartData, x: ArrayLike<number>, y: ArrayLike<number | null>, minX: number): ChartData {
  const last = data.x.length ? data.x[data.x.length - 1] : -Infinity;
  const nx = Array.from(data.x);
  const ny: (number | null)[] = Array.from(data.y);
  for (let i = 0; i < x.length; i++) {
    if (x[i] > last && (nx.length === 0 || x[i] > nx[nx.length - 1])) {
      nx.push(x[i]);
      ny.push(y[i]);
    }
  }
  let cut = 0;
  while (cut < nx.length && nx[cut] < minX) cut++;
  return cut ? { x: nx.slice(cut), y: ny.slice(cut) } : { x: nx, y: ny };
}

export interface Summary {
  count: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  last: number | null;
  lastAt: number | null;
}

/** Count, min, max, mean and last value of a series' points (gaps are not values). */
export function summarize(data: ChartData): Summary {
  let min: number | null = null;
  let max: number | null = null;
  let last: number | null = null;
  let lastAt: number | null = null;
  let sum = 0;
  let values = 0;
  for (let i = 0; i < data.y.length; i++) {
    const v = data.y[i];
    if (v === null) continue;
    if (min === null || v < min) min = v;
    if (max === null || v > max) max = v;
    sum += v;
    values++;
    last = v;
    lastAt = data.x[i];
  }
  return { count: data.x.length, min, max, mean: values ? sum / values : null, last, lastAt };
}

/**
 * Series colours: the Okabe–Ito palette (told apart with every common colour-vision deficiency),
 * its lightness nudged per colour scheme where a line would fall below 3:1 against the chart's
 * surface (WCAG 1.4.11): darker orange, pink, sky blue and yellow on white, lighter blue and
 * mauve on the dark surface.
 */
export const PALETTES = {
  light: ['#0072b2', '#bd8300', '#009e73', '#ca73a3', '#1d96db', '#d55e00', '#9e9100', '#8e6c8a'],
  dark: ['#0082cc', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#b8a800', '#947390'],
} as const;
export const PALETTE = PALETTES.light;

export function colorOf(index: number, dark = false): string {
  const palette = dark ? PALETTES.dark : PALETTES.light;
  return palette[index % palette.length];
}

/** WCAG's contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/**
 * Several series on one time axis, as uPlot wants them: the union of their times, ascending,
 * and each series' values at those times (null where it has no point). A k-way merge: linear
 * in the points, no per-point objects.
 */
export function alignSeries(list: readonly ChartData[]): [ChartData['x'], ...ChartData['y'][]] {
  // One series with strictly ascending times is aligned already: no copy.
  if (list.length === 1 && ascending(list[0].x)) return [list[0].x, list[0].y];
  const x: number[] = [];
  const ys: (number | null)[][] = list.map(() => []);
  const at = list.map(() => 0);
  for (;;) {
    let next = Infinity;
    for (let s = 0; s < list.length; s++) if (at[s] < list[s].x.length && list[s].x[at[s]] < next) next = list[s].x[at[s]];
    if (next === Infinity) break;
    x.push(next);
    for (let s = 0; s < list.length; s++) {
      const data = list[s];
      if (at[s] < data.x.length && data.x[at[s]] === next) {
        ys[s].push(data.y[at[s]]);
        // Repeated times within one series (several points per ms) collapse to the first.
        while (at[s] < data.x.length && data.x[at[s]] === next) at[s]++;
      } else {
        ys[s].push(null);
      }
    }
  }
  return [x, ...ys];
}

function ascending(x: ArrayLike<number>): boolean {
  for (let i = 1; i < x.length; i++) if (!(x[i] > x[i - 1])) return false;
  return true;
}

/** Compact number formatting for summaries and axis labels. */
export function formatValue(value: number | null): string {
  if (value === null) return '–';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e6 || abs < 1e-3)) return value.toExponential(2);
  return Number(value.toFixed(abs >= 100 ? 1 : 3)).toString();
}

/** A download name for a series' CSV: `temperature.value-sensor=s1.csv`, safe on every file system. */
export function csvFileName(ref: SeriesRef): string {
  const tags = sortedTags(ref.tags).map(([k, v]) => `-${k}=${v}`).join('');
  const name = `${ref.owner ? `${ref.owner}-` : ''}${ref.measurement}.${ref.field}${tags}`;
  return `${name.replace(/[^A-Za-z0-9._=-]+/g, '_').slice(0, 180)}.csv`;
}
