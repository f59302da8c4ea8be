import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ApiError, ApiService, CatalogEntry, DataQuery, DataSeries, Me } from './api.service';
import { AuthService } from './auth.service';
import { APP_CONFIG } from './config';
import { DashboardComponent } from './dashboard';

/** The REST API as the dashboard sees it; ApiService itself is tested against HTTP in its own spec. */
class FakeApi {
  catalogResult: () => Promise<CatalogEntry[]> = async () => [];
  dataResult: (q: DataQuery) => Promise<DataSeries[]> = async () => [];
  truncated = false;
  catalog = vi.fn((owner?: string) => this.catalogResult());
  data = vi.fn(async (q: DataQuery, _admin: boolean) => ({ series: await this.dataResult(q), truncated: this.truncated, downsampled: false }));
}

const ALICE: Me = { subject: 'alice', owner: 'alice', roles: ['user'] };
const ADMIN: Me = { subject: 'admin', owner: 'admin', roles: ['user', 'admin'] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function render(me: Me, api: FakeApi): Promise<{ fixture: ComponentFixture<DashboardComponent>; el: HTMLElement }> {
  TestBed.configureTestingModule({
    providers: [
      { provide: ApiService, useValue: api },
      { provide: AuthService, useValue: { accessToken: () => 'tok' } },
      { provide: APP_CONFIG, useValue: { issuer: 'https://id', clientId: 'c', apiBaseUrl: '', grpcWebBaseUrl: '', scope: '', authParams: {} } },
    ],
  });
  const fixture = TestBed.createComponent(DashboardComponent);
  fixture.componentRef.setInput('me', me);
  fixture.detectChanges();
  await settle();
  await fixture.whenStable();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}

const texts = (el: HTMLElement, selector: string) =>
  [...el.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

describe('DashboardComponent', () => {
  // The dashboard writes its view into the address bar: every test starts from a bare URL.
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('overlays several series, toggles them from the legend and zooms into a range it fetches', async () => {
    const api = new FakeApi();
    api.catalogResult = async () => [
      { owner: 'alice', measurement: 'temp', tags: { room: 'a' }, fields: ['value'] },
      { owner: 'alice', measurement: 'temp', tags: { room: 'b' }, fields: ['value'] },
    ];
    api.dataResult = async (q) => [{ measurement: 'temp', field: 'value', tags: q.series.tags, points: [[1_000, 1], [2_000, q.series.tags['room'] === 'a' ? 2 : 7]] }];
    const { fixture, el } = await render(ALICE, api);
    el.querySelectorAll<HTMLButtonElement>('[data-testid=overlay-toggle]')[1].click();
    await settle();
    await fixture.whenStable();
    const chart = el.querySelector('[data-testid=chart]')!;
    expect([chart.getAttribute('data-series'), chart.getAttribute('data-points')]).toEqual(['2', '4']);
    expect(texts(el, '[data-testid=series-item][aria-pressed=true]')).toHaveLength(2);
    expect(el.querySelector('[data-testid=chart-title]')?.textContent?.trim()).toBe('2 series');
    expect(new URLSearchParams(window.location.search).getAll('series')).toHaveLength(2);
    const entries = () => [...el.querySelectorAll<HTMLButtonElement>('[data-testid=legend-entry]')];
    expect(entries().map((e) => e.textContent)).toEqual([expect.stringContaining('room=a'), expect.stringContaining('max 7')]);

    entries()[1].click();
    await fixture.whenStable();
    expect(entries().map((e) => e.getAttribute('aria-pressed'))).toEqual(['true', 'false']);

    const dashboard = fixture.componentInstance as unknown as { zoomTo(span: [number, number]): void; resetZoom(): void };
    dashboard.zoomTo([1_764_547_200, 1_764_550_800]);
    await settle();
    await fixture.whenStable();
    expect(api.data).toHaveBeenLastCalledWith(
      expect.objectContaining({ start: '2025-12-01T00:00:00.000Z', stop: '2025-12-01T01:00:00.000Z', maxPoints: 1000 }),
      false,
    );
    const params = new URLSearchParams(window.location.search);
    expect([params.get('from'), params.get('to')]).toEqual(['2025-12-01T00:00:00.000Z', '2025-12-01T01:00:00.000Z']);
    expect(el.querySelector('[data-testid=zoomed]')).not.toBeNull();

    el.querySelector<HTMLButtonElement>('[data-testid=zoom-reset]')!.click();
    await settle();
    await fixture.whenStable();
    expect(api.data).toHaveBeenLastCalledWith(expect.objectContaining({ start: '-3600s' }), false);
    expect(new URLSearchParams(window.location.search).has('from')).toBe(false);
  });

  it('downloads the charted series as one CSV with one header', async () => {
    const api = new FakeApi() as FakeApi & { exportCsv: ReturnType<typeof vi.fn> };
    api.catalogResult = async () => [
      { owner: 'alice', measurement: 'temp', tags: { room: 'a' }, fields: ['value'] },
      { owner: 'alice', measurement: 'temp', tags: { room: 'b' }, fields: ['value'] },
    ];
    api.dataResult = async (q) => [{ measurement: 'temp', field: 'value', tags: q.series.tags, points: [[1_000, 1]] }];
    const header = 'owner,series,time,value\r\n';
    api.exportCsv = vi.fn(async (q: DataQuery) => new Blob([`${header}alice,"temp,room=${q.series.tags['room']} value",1970-01-01T00:00:01Z,1\r\n`]));
    const created: Blob[] = [];
    const clicks: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:csv'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const { fixture, el } = await render(ALICE, api);
    el.querySelectorAll<HTMLButtonElement>('[data-testid=overlay-toggle]')[1].click();
    await settle();
    el.querySelector<HTMLButtonElement>('[data-testid=download-csv]')!.click();
    await settle();
    await settle();
    await fixture.whenStable();
    expect(api.exportCsv).toHaveBeenCalledTimes(2);
    expect(api.exportCsv.mock.calls[0][0]).toEqual({ series: expect.objectContaining({ tags: { room: 'a' } }), start: '-3600s' });
    expect(clicks).toEqual(['timeseries-2-series.csv']);
    expect(await created[0].text()).toBe(
      `${header}alice,"temp,room=a value",1970-01-01T00:00:01Z,1\r\nalice,"temp,room=b value",1970-01-01T00:00:01Z,1\r\n`,
    );
    vi.restoreAllMocks();
  });

  it('reloads on the auto-refresh interval and writes it into the view', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const api = new FakeApi();
      api.catalogResult = async () => [{ owner: 'alice', measurement: 'temp', tags: {}, fields: ['value'] }];
      const { fixture, el } = await render(ALICE, api);
      const select = el.querySelector<HTMLSelectElement>('[data-testid=refresh-select]')!;
      select.value = '30';
      select.dispatchEvent(new Event('change'));
      const calls = api.data.mock.calls.length;
      vi.advanceTimersByTime(30_000);
      await settle();
      expect(api.data.mock.calls.length).toBe(calls + 1);
      expect(new URLSearchParams(window.location.search).get('refresh')).toBe('30');
      fixture.destroy();
      vi.advanceTimersByTime(60_000);
      expect(api.data.mock.calls.length).toBe(calls + 1); // the timer ends with the view
    } finally {
      vi.useRealTimers();
    }
  });

  it('restores the view of the address bar and keeps the bar on the view shown', async () => {
    const api = new FakeApi();
    const b = { owner: 'alice', measurement: 'temp', field: 'value', tags: { room: 'b' } };
    api.catalogResult = async () => [
      { owner: 'alice', measurement: 'temp', tags: { room: 'a' }, fields: ['value'] },
      { owner: 'alice', measurement: 'temp', tags: { room: 'b' }, fields: ['value'] },
    ];
    const key = JSON.stringify(['alice', 'temp', 'value', [['room', 'b']]]);
    window.history.replaceState(null, '', `/?series=${encodeURIComponent(key)}&range=6h&agg=max`);
    const { fixture, el } = await render(ALICE, api);
    expect(api.data).toHaveBeenCalledWith(expect.objectContaining({ series: b, start: '-21600s', fn: 'max' }), false);
    expect(el.querySelector('[aria-pressed=true]')?.textContent).toContain('room=b');

    const range = el.querySelector<HTMLSelectElement>('[data-testid=range-select]')!;
    range.value = '24h';
    range.dispatchEvent(new Event('change'));
    await settle();
    await fixture.whenStable();
    const params = new URLSearchParams(window.location.search);
    expect([params.get('series'), params.get('range'), params.get('agg')]).toEqual([key, '24h', 'max']);
  });

  it('lists the catalog, selects the first series and charts its points', async () => {
    const api = new FakeApi();
    api.catalogResult = async () => [
      { owner: 'alice', measurement: 'temp', tags: { room: 'b' }, fields: ['value'] },
      { owner: 'alice', measurement: 'temp', tags: { room: 'a' }, fields: ['value'] },
    ];
    api.dataResult = async (q) => [
      { measurement: 'temp', field: 'value', tags: { room: 'a', extra: 'x' }, points: [[1, 99]] },
      { measurement: 'temp', field: 'value', tags: q.series.tags, points: [[1_000, 20], [2_000, 21], [3_000, 22]] },
    ];
    const { el } = await render(ALICE, api);
    expect(api.catalog).toHaveBeenCalledWith(undefined);
    expect(texts(el, '[data-testid=series-item]')).toEqual(['temp.value · room=a', 'temp.value · room=b']);
    expect(el.querySelector('[data-testid=owner-select]')).toBeNull();
    expect(el.querySelector('[aria-pressed=true]')?.textContent).toContain('room=a');
    expect(api.data).toHaveBeenCalledWith(
      { series: { owner: 'alice', measurement: 'temp', field: 'value', tags: { room: 'a' } }, start: '-3600s', maxPoints: 1000 },
      false,
    );
    expect(el.querySelector('[data-testid=chart]')?.getAttribute('data-points')).toBe('3');
    // The selects show the state actually queried.
    expect(el.querySelector<HTMLSelectElement>('[data-testid=range-select]')!.value).toBe('1h');
    expect(el.querySelector<HTMLSelectElement>('[data-testid=aggregate-select]')!.value).toBe('raw');
    expect(el.querySelector('.plot')?.getAttribute('aria-label')).toBe(
      'Line chart of temp.value · room=a from 20 to 22, last 22',
    );
    expect(el.querySelector('[data-testid=announcer]')?.textContent).toContain('3 points loaded');
    expect(el.querySelector('[data-testid=truncated]')).toBeNull();
  });

  it('says when the API cut the range at its point limit', async () => {
    const api = new FakeApi();
    api.catalogResult = async () => [{ measurement: 'temp', tags: {}, fields: ['value'] }];
    api.dataResult = async () => [{ measurement: 'temp', field: 'value', tags: {}, points: [[1_000, 1]] }];
    api.truncated = true;
    const { el } = await render(ALICE, api);
    expect(el.querySelector('[data-testid=truncated]')?.textContent).toContain('Only the newest points');
  });

  it('re-queries with the chosen range and aggregation', async () => {
    const api = new FakeApi();
    api.catalogResult = async () => [{ measurement: 'temp', tags: {}, fields: ['value'] }];
    const { fixture, el } = await render(ALICE, api);
    const range = el.querySelector<HTMLSelectElement>('[data-testid=range-select]')!;
    range.value = '24h';
    range.dispatchEvent(new Event('change'));
    const agg = el.querySelector<HTMLSelectElement>('[data-testid=aggregate-select]')!;
    agg.value = 'max';
    agg.dispatchEvent(new Event('change'));
    await settle();
    await fixture.whenStable();
    expect(api.data).toHaveBeenLastCalledWith(
      { series: { owner: undefined, measurement: 'temp', field: 'value', tags: {} }, start: '-86400s', every: '2m', fn: 'max', maxPoints: 1000 },
      false,
    );
    expect(el.querySelector('[data-testid=chart-empty]')?.textContent).toContain('No points in this range');
    expect(texts(el, '[data-testid=aggregate-select] option')).toContain('max per 2m');

    el.querySelector<HTMLButtonElement>('[data-testid=longer-range]')!.click();
    await settle();
    await fixture.whenStable();
    expect(api.data).toHaveBeenLastCalledWith(expect.objectContaining({ start: '-604800s', every: '15m' }), false);
    expect(el.querySelector<HTMLSelectElement>('[data-testid=range-select]')!.value).toBe('7d');
  });

  it('frames the chart over the range while the first points load, then draws them in the same plot', async () => {
    const api = new FakeApi();
    api.catalogResult = async () => [{ measurement: 'temp', tags: {}, fields: ['value'] }];
    let arrive: (points: DataSeries[]) => void = () => undefined;
    api.dataResult = () => new Promise((resolve) => (arrive = resolve));
    const { fixture, el } = await render(ALICE, api);
    const area = el.querySelector('[data-testid=chart]')!;
    expect(area.getAttribute('aria-busy')).toBe('true');
    expect(el.querySelector('[role=status]')?.textContent).toContain('Loading points…');
    const frame = el.querySelector('app-chart .uplot');
    expect(frame).not.toBeNull();
    expect(el.querySelector('.plot')?.getAttribute('aria-label')).toBe('Line chart of temp.value: no points');

    arrive([{ measurement: 'temp', field: 'value', tags: {}, points: [[1_000, 1], [2_000, 2]] }]);
    await settle();
    await fixture.whenStable();
    expect(area.getAttribute('aria-busy')).toBe('false');
    expect(area.getAttribute('data-points')).toBe('2');
    expect(el.querySelector('app-chart .uplot')).toBe(frame); // the points went into the plot built while loading
    expect(el.querySelector('[data-testid=last-value]')?.textContent).toBe('2');
  });

  it('builds the chart frame while the catalog loads and draws the first points into it as they arrive', async () => {
    const api = new FakeApi();
    let catalog: (entries: CatalogEntry[]) => void = () => undefined;
    api.catalogResult = () => new Promise((resolve) => (catalog = resolve));
    let arrive: (points: DataSeries[]) => void = () => undefined;
    api.dataResult = () => new Promise((resolve) => (arrive = resolve));
    const { fixture, el } = await render(ALICE, api);
    const area = el.querySelector('[data-testid=chart]')!;
    expect(area.getAttribute('aria-busy')).toBe('true');
    const frame = el.querySelector('app-chart .uplot');
    expect(frame).not.toBeNull();
    expect(el.querySelector('.plot')?.getAttribute('aria-label')).toBe('Line chart: no series');

    catalog([{ measurement: 'temp', tags: {}, fields: ['value'] }]);
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('app-chart .uplot')).toBe(frame);
    expect(el.querySelector('.plot')?.getAttribute('aria-label')).toBe('Line chart of temp.value: no points');

    performance.clearMarks('chart-drawn');
    arrive([{ measurement: 'temp', field: 'value', tags: {}, points: [[1_000, 1], [2_000, 2]] }]);
    // Drawn in the task that parsed the points (uPlot's microtask), before any change detection.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect((performance.getEntriesByName('chart-drawn') as PerformanceMark[]).map((m) => m.detail)).toEqual([{ points: 2, series: 1 }]);
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('app-chart .uplot')).toBe(frame);
    expect(el.querySelector('[data-testid=last-value]')?.textContent).toBe('2');
    expect(performance.getEntriesByName('chart-drawn')).toHaveLength(1); // not drawn again by the render
  });

  it('says when a field holds text values', async () => {
    const api = new FakeApi();
    api.catalogResult = async () => [{ measurement: 'weather', tags: {}, fields: ['weather'] }];
    api.dataResult = async () => [{ measurement: 'weather', field: 'weather', tags: {}, points: [[1_000, 'sun'], [2_000, 'rain']] }];
    const { el } = await render(ALICE, api);
    expect(el.querySelector('[data-testid=chart-text]')?.textContent).toContain('“rain”');
    expect(el.querySelector('app-chart')).toBeNull();
  });

  it('gives admins an owner selector over every owner', async () => {
    const api = new FakeApi();
    api.catalogResult = async () => [
      { owner: 'alice', measurement: 'temp', tags: {}, fields: ['value'] },
      { owner: 'bob', measurement: 'power', tags: {}, fields: ['watts'] },
    ];
    const { fixture, el } = await render(ADMIN, api);
    expect(api.catalog).toHaveBeenCalledWith('*');
    expect(texts(el, '[data-testid=owner-select] option')).toEqual(['All owners (2)', 'alice', 'bob']);
    expect(texts(el, '[data-testid=series-item] .name')).toEqual(['temp.value', 'power.watts']);
    expect(texts(el, '[data-testid=series-item] .owner')).toEqual(['alice', 'bob']);
    const select = el.querySelector<HTMLSelectElement>('[data-testid=owner-select]')!;
    select.value = 'bob';
    select.dispatchEvent(new Event('change'));
    await settle();
    await fixture.whenStable();
    expect(texts(el, '[data-testid=series-item] .name')).toEqual(['power.watts']);
    expect(api.data).toHaveBeenLastCalledWith(expect.objectContaining({ series: expect.objectContaining({ owner: 'bob' }) }), true);
  });

  it('reloads the catalog on request, keeping the selection', async () => {
    const api = new FakeApi();
    api.catalogResult = async () => [{ measurement: 'b', tags: {}, fields: ['f'] }];
    const { fixture, el } = await render(ALICE, api);
    api.catalogResult = async () => [
      { measurement: 'a', tags: {}, fields: ['f'] },
      { measurement: 'b', tags: {}, fields: ['f'] },
    ];
    el.querySelector<HTMLButtonElement>('[data-testid=reload-catalog]')!.click();
    await settle();
    await fixture.whenStable();
    expect(texts(el, '[data-testid=series-item]')).toEqual(['a.f', 'b.f']);
    expect(el.querySelector('[aria-pressed=true]')?.textContent).toContain('b.f');
    expect(api.catalog).toHaveBeenCalledTimes(2);
  });

  it('filters the catalog by text', async () => {
    const api = new FakeApi();
    api.catalogResult = async (): Promise<CatalogEntry[]> => [
      { measurement: 'temp', tags: { room: 'kitchen' }, fields: ['value'] },
      { measurement: 'power', tags: {}, fields: ['watts'] },
    ];
    const { fixture, el } = await render(ALICE, api);
    const input = el.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'KITCHEN';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(texts(el, '[data-testid=series-item]')).toEqual(['temp.value · room=kitchen']);
    input.value = 'nothing';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(el.textContent).toContain('No series match the filter.');
  });

  it('shows the empty catalog state', async () => {
    const api = new FakeApi();
    const { el } = await render(ALICE, api);
    expect(el.querySelector('[data-testid=catalog-empty]')).not.toBeNull();
    expect(api.data).not.toHaveBeenCalled();
    expect(el.textContent).toContain('Select a series to chart it.');
  });

  it('shows load errors with a working retry', async () => {
    const api = new FakeApi();
    api.catalogResult = async () => {
      throw new ApiError(503, 'The database is unavailable right now. Retry in a moment.');
    };
    const { fixture, el } = await render(ALICE, api);
    const alert = el.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('database is unavailable');
    api.catalogResult = async () => [{ measurement: 'temp', tags: {}, fields: ['value'] }];
    api.dataResult = async () => {
      throw new ApiError(400, 'start must be RFC 3339');
    };
    alert!.querySelector('button')!.click(); // Retry
    await settle();
    await fixture.whenStable();
    expect(texts(el, '[data-testid=series-item]')).toEqual(['temp.value']);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Could not load the points: start must be RFC 3339');
  });

  it('leaves a 401 to the shell (no error panel)', async () => {
    const api = new FakeApi();
    api.catalogResult = async () => {
      throw new ApiError(401, 'expired');
    };
    const { el } = await render(ALICE, api);
    expect(el.querySelector('[role=alert]')).toBeNull();
  });
});
