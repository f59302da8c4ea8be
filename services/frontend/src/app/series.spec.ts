import {
  PALETTE,
  PALETTES,
  alignSeries,
  appendPoints,
  colorOf,
  contrast,
  csvFileName,
  flattenCatalog,
  formatValue,
  longerRange,
  fromPoints,
  nanosToSeconds,
  ownersOf,
  rangePreset,
  sameTags,
  seriesKey,
  seriesLabel,
  summarize,
  toNumber,
  windowFor,
} from './series';

describe('series helpers', () => {
  it('names a CSV download after its series, safely', () => {
    expect(csvFileName({ measurement: 'temperature', field: 'value', tags: { sensor: 's1' } })).toBe('temperature.value-sensor=s1.csv');
    expect(csvFileName({ owner: 'u-1', measurement: 'm', field: 'f', tags: { p: '../a b/c' } })).toBe('u-1-m.f-p=.._a_b_c.csv');
  });

  it('chooses the shortest window that keeps a range under the point budget', () => {
    expect(windowFor(900)).toBe('2s'); // 15 min / 720 = 1.25 s
    expect(windowFor(3600)).toBe('5s');
    expect(windowFor(86400)).toBe('2m');
    expect(windowFor(30 * 86400)).toBe('1h');
    expect(windowFor(10, 720)).toBe('1s');
    expect(windowFor(10 * 365 * 86400)).toBe('1d');
  });

  it('offers the next longer range', () => {
    expect(longerRange('1h')?.id).toBe('6h');
    expect(longerRange('30d')?.id).toBe('90d');
    expect(longerRange('5y')).toBeNull();
    expect(longerRange('nope')).toBeNull();
  });

  it('falls back to the one-hour preset for an unknown id', () => {
    expect(rangePreset('7d').seconds).toBe(7 * 86400);
    expect(rangePreset('nope').id).toBe('1h');
  });

  it('names series with sorted tags and keys them independently of tag order', () => {
    const a = { measurement: 'cpu', field: 'user', tags: { host: 'a', core: '0' } };
    const b = { measurement: 'cpu', field: 'user', tags: { core: '0', host: 'a' } };
    expect(seriesLabel(a)).toBe('cpu.user · core=0, host=a');
    expect(seriesLabel({ measurement: 'm', field: 'f', tags: {} })).toBe('m.f');
    expect(seriesKey(a)).toBe(seriesKey(b));
    expect(seriesKey(a)).not.toBe(seriesKey({ ...a, owner: 'bob' }));
    expect(sameTags(a.tags, b.tags)).toBe(true);
    expect(sameTags(a.tags, { host: 'a' })).toBe(false);
    expect(sameTags({ host: 'a' }, { host: 'b' })).toBe(false);
  });

  it('flattens the catalog to one entry per field, ordered by owner then name', () => {
    const refs = flattenCatalog([
      { owner: 'bob', measurement: 'temp', tags: { room: 'x' }, fields: ['value'] },
      { owner: 'alice', measurement: 'power', tags: {}, fields: ['watts', 'volts'] },
    ]);
    expect(refs.map((r) => `${r.owner}:${seriesLabel(r)}`)).toEqual([
      'alice:power.volts',
      'alice:power.watts',
      'bob:temp.value · room=x',
    ]);
    expect(ownersOf(refs)).toEqual(['alice', 'bob']);
    expect(flattenCatalog([{ measurement: 'm', tags: {}, fields: ['f'] }])[0].owner).toBeUndefined();
  });

  it('converts values: numbers as is, booleans to 0/1, the rest to gaps', () => {
    expect(toNumber(2.5)).toBe(2.5);
    expect(toNumber(7n)).toBe(7);
    expect(toNumber(true)).toBe(1);
    expect(toNumber(false)).toBe(0);
    expect(toNumber('on')).toBeNull();
    expect(toNumber(Number.NaN)).toBeNull();
    expect(toNumber(null)).toBeNull();
  });

  it('turns REST points and nanosecond columns into chart seconds', () => {
    // Numbers only: two Float64Arrays. A value that is not a number: y becomes numbers and gaps.
    expect(fromPoints([[1_000, 1.5], [2_500, -2]])).toEqual({ x: new Float64Array([1, 2.5]), y: new Float64Array([1.5, -2]) });
    expect(fromPoints([[1_000, 1], [2_500, 'x'], [4_000, false], [5_000, 7]])).toEqual({
      x: new Float64Array([1, 2.5, 4, 5]),
      y: [1, null, 0, 7],
    });
    expect(fromPoints([[1_000, null]])).toEqual({ x: new Float64Array([1]), y: [null] });
    expect(fromPoints([])).toEqual({ x: new Float64Array(0), y: new Float64Array(0) });
    expect(nanosToSeconds([1_500_000_000n, 1_764_374_400_123_000_000n])).toEqual([1.5, 1_764_374_400.123]);
  });

  it('appends only newer points and drops those before the window', () => {
    const data = { x: [10, 20, 30], y: [1, 2, 3] };
    const next = appendPoints(data, [20, 30, 40, 35, 50], [9, 9, 4, 9, 5], 15);
    expect(next).toEqual({ x: [20, 30, 40, 50], y: [2, 3, 4, 5] });
    // A REST load's typed columns take live points too.
    const loaded = { x: new Float64Array([10, 20]), y: new Float64Array([1, 2]) };
    expect(appendPoints(loaded, [30], [null], 0)).toEqual({ x: [10, 20, 30], y: [1, 2, null] });
    expect(data.x).toEqual([10, 20, 30]); // the input is left alone
    expect(appendPoints({ x: [], y: [] }, [1, 2], [1, 2], 0)).toEqual({ x: [1, 2], y: [1, 2] });
  });

  it('summarizes the points, ignoring gaps', () => {
    expect(summarize({ x: [1, 2, 3, 4], y: [3, null, -1, 2] })).toEqual({ count: 4, min: -1, max: 3, mean: 4 / 3, last: 2, lastAt: 4 });
    expect(summarize({ x: [], y: [] })).toEqual({ count: 0, min: null, max: null, mean: null, last: null, lastAt: null });
  });

  it('aligns several series on the union of their times, null where one has no point', () => {
    const a = { x: [1, 2, 2, 5], y: [10, 20, 21, 50] };
    const b = { x: [2, 3], y: [null, 30] };
    expect(alignSeries([a, b])).toEqual([
      [1, 2, 3, 5],
      [10, 20, null, 50],
      [null, null, 30, null],
    ]);
    expect(alignSeries([])).toEqual([[]]);
  });

  it('passes one ascending series through uncopied, and collapses repeated times of one', () => {
    const one = { x: [1, 2, 3], y: [10, null, 30] };
    const [x, y] = alignSeries([one]);
    expect(x).toBe(one.x);
    expect(y).toBe(one.y);
    expect(alignSeries([{ x: [1, 2, 2, 3], y: [10, 20, 21, 30] }])).toEqual([
      [1, 2, 3],
      [10, 20, 30],
    ]);
  });

  it('gives each series of an overlay its own colour', () => {
    for (const dark of [false, true]) {
      const colours = Array.from({ length: PALETTE.length }, (_, i) => colorOf(i, dark));
      expect(new Set(colours).size).toBe(PALETTE.length);
      expect(colorOf(PALETTE.length, dark)).toBe(colorOf(0, dark));
    }
    expect(colorOf(0, true)).not.toBe(colorOf(0));
  });

  it('keeps every series line at 3:1 or more against the surface of its colour scheme', () => {
    // src/styles.css's --surface, light and dark (e2e/dashboard.spec.ts sees them in the browser).
    const surfaces = { light: '#ffffff', dark: '#1e293b' };
    for (const scheme of ['light', 'dark'] as const) {
      for (const colour of PALETTES[scheme]) expect(contrast(colour, surfaces[scheme]), `${scheme} ${colour}`).toBeGreaterThanOrEqual(3);
    }
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrast('#0072b2', '#1e293b')).toBeLessThan(3); // why the dark palette differs
  });

  it('formats values compactly', () => {
    expect(formatValue(null)).toBe('–');
    expect(formatValue(21.456789)).toBe('21.457');
    expect(formatValue(1234.56)).toBe('1234.6');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(12_345_678)).toBe('1.23e+7');
    expect(formatValue(0.0001)).toBe('1.00e-4');
  });
});

