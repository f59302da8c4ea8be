/**
 * The dashboard's view in the address bar, so a reload or a shared link shows the same chart:
 * `?series=<key>&series=<key>&range=6h&agg=max&live=1&refresh=30`, or `from=…&to=…` (RFC 3339)
 * for an absolute range (a zoom). Nothing secret goes in it: series identities (owner ids,
 * measurement, field, tags), a range, an aggregate and two switches. Unknown or malformed values
 * fall back to the defaults, so a hand-edited link never breaks the page.
 */
import { AGGREGATES, type Aggregate, RANGES, type SeriesRef, seriesKey } from './series';

export interface View {
  /** `seriesKey`s of the charted series, in legend order. */
  series: string[];
  range: string;
  /** An absolute range, epoch seconds [from, to], instead of the preset ending now. */
  absolute: [number, number] | null;
  aggregate: Aggregate;
  live: boolean;
  /** Auto-refresh interval in seconds; 0 is off. */
  refresh: number;
}

export const DEFAULT_VIEW: View = { series: [], range: '1h', absolute: null, aggregate: 'raw', live: false, refresh: 0 };

/** The auto-refresh intervals offered, seconds (0: off). */
export const REFRESH_INTERVALS: readonly number[] = [0, 10, 30, 60, 300];

/** Where a view waits while the browser is away at the identity provider's login page. */
export const PENDING_VIEW_KEY = 'timeseries.view-before-sign-in';

export function viewFromQuery(search: string): View {
  const params = new URLSearchParams(search);
  const range = params.get('range') ?? '';
  const aggregate = params.get('agg') ?? '';
  const from = Date.parse(params.get('from') ?? '') / 1000;
  const to = Date.parse(params.get('to') ?? '') / 1000;
  const refresh = Number(params.get('refresh'));
  const live = params.get('live') === '1';
  return {
    series: [...new Set(params.getAll('series').filter(isSeriesKey))],
    range: RANGES.some((r) => r.id === range) ? range : DEFAULT_VIEW.range,
    // Live follows the range ending now: an absolute one would contradict it.
    absolute: !live && Number.isFinite(from) && Number.isFinite(to) && from < to ? [from, to] : null,
    aggregate: (AGGREGATES as readonly string[]).includes(aggregate) ? (aggregate as Aggregate) : 'raw',
    live,
    refresh: REFRESH_INTERVALS.includes(refresh) ? refresh : 0,
  };
}

/** The query string of a view (`?…`), defaults left out; '' for the default view. */
export function viewToQuery(view: View): string {
  const params = new URLSearchParams();
  for (const key of view.series) params.append('series', key);
  if (view.absolute) {
    params.set('from', new Date(view.absolute[0] * 1000).toISOString());
    params.set('to', new Date(view.absolute[1] * 1000).toISOString());
  } else if (view.range !== DEFAULT_VIEW.range) {
    params.set('range', view.range);
  }
  if (view.aggregate !== 'raw') params.set('agg', view.aggregate);
  if (view.live) params.set('live', '1');
  if (view.refresh) params.set('refresh', String(view.refresh));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The catalog entries a view names, in its order, that the caller may see. */
export function findSeries(catalog: readonly SeriesRef[], keys: readonly string[]): SeriesRef[] {
  const byKey = new Map(catalog.map((ref) => [seriesKey(ref), ref]));
  return keys.map((key) => byKey.get(key)).filter((ref): ref is SeriesRef => !!ref);
}

function isSeriesKey(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.length === 4 && value.slice(0, 3).every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}
