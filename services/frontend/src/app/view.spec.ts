import { seriesKey } from './series';
import { DEFAULT_VIEW, findSeries, viewFromQuery, viewToQuery } from './view';

const temp = { owner: 'u-1', measurement: 'temp', field: 'value', tags: { room: 'a&b=c' } };

describe('view in the address bar', () => {
  it('round-trips a view through the query string', () => {
    const other = seriesKey({ ...temp, owner: 'u-2' });
    const view = { series: [seriesKey(temp), other], range: '6h', absolute: null, aggregate: 'max' as const, live: true, refresh: 30 };
    const query = viewToQuery(view);
    expect(query.startsWith('?series=')).toBe(true);
    expect(viewFromQuery(query)).toEqual(view);
    const zoomed = { ...view, live: false, absolute: [1_764_547_200, 1_764_550_800.5] as [number, number] };
    expect(viewToQuery(zoomed)).toContain('from=2025-12-01T00%3A00%3A00.000Z&to=2025-12-01T01%3A00%3A00.500Z');
    expect(viewFromQuery(viewToQuery(zoomed))).toEqual({ ...zoomed, range: '1h' });
  });

  it('leaves defaults out and reads an empty query as the default view', () => {
    expect(viewToQuery(DEFAULT_VIEW)).toBe('');
    expect(viewFromQuery('')).toEqual(DEFAULT_VIEW);
  });

  it('falls back to defaults for malformed or unknown values', () => {
    expect(viewFromQuery('?series=%7Bnot-json&range=13h&agg=median&live=yes&refresh=7')).toEqual(DEFAULT_VIEW);
    expect(viewFromQuery('?series=%5B1%2C2%2C3%2C4%5D').series).toEqual([]);
    expect(viewFromQuery('?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z').absolute).toBeNull();
  });

  it('finds only series of the caller\'s catalog', () => {
    expect(findSeries([temp], [seriesKey(temp)])).toEqual([temp]);
    expect(findSeries([temp], [seriesKey({ ...temp, owner: 'someone-else' }), seriesKey(temp)])).toEqual([temp]);
    expect(findSeries([temp], [])).toEqual([]);
  });
});
