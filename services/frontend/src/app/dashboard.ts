import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, OnInit, computed, inject, input, signal, viewChild } from '@angular/core';
import { ApiError, ApiService, type DataQuery, type DataResult, Me } from './api.service';
import { AuthService } from './auth.service';
import { ChartComponent, type PlotSeries } from './chart';
import { APP_CONFIG } from './config';
import {
  AGGREGATES,
  type Aggregate,
  type ChartData,
  RANGES,
  type SeriesRef,
  appendPoints,
  colorOf,
  csvFileName,
  flattenCatalog,
  fromPoints,
  longerRange,
  ownersOf,
  rangePreset,
  sameTags,
  seriesKey,
  seriesLabel,
  windowFor,
} from './series';
import { ThemeService } from './theme';
import { REFRESH_INTERVALS, findSeries, viewFromQuery, viewToQuery } from './view';

type LoadState = 'loading' | 'ready' | 'empty' | 'error' | 'text';
type LiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting' | 'error';

const ALL_OWNERS = '*';
const MAX_BACKOFF_MS = 15_000;
/** Series one chart overlays at most (each a request, and in live mode a stream). */
export const MAX_OVERLAY = 8;
const EMPTY: ChartData = { x: [], y: [] };

/** The newest text value among REST points, or null (a backwards scan: no copy of the points). */
function lastText(points: readonly (readonly [number, unknown])[]): string | null {
  for (let i = points.length - 1; i >= 0; i--) if (typeof points[i][1] === 'string') return points[i][1] as string;
  return null;
}

/** One load's chart columns per series key, and the newest text of a series without numbers. */
function chartColumns(refs: readonly SeriesRef[], results: readonly DataResult[]) {
  const data: Record<string, ChartData> = {};
  let text = '';
  let textOnly = true;
  results.forEach(({ series }, i) => {
    const ref = refs[i];
    const match = series.find((s) => s.field === ref.field && sameTags(s.tags ?? {}, ref.tags));
    const columns = match ? fromPoints(match.points) : EMPTY;
    data[seriesKey(ref)] = columns;
    // Text values matter only to a series without numbers (which stops at its first number):
    // a backwards scan of 10,000 numeric points cost 1-2 ms of the chart's critical path.
    const numeric = columns.y instanceof Float64Array ? columns.y.length > 0 : columns.y.some((v) => v !== null);
    const last = numeric ? null : lastText(match?.points ?? []);
    if (last !== null && !text) text = last;
    textOnly &&= columns.x.length > 0 && !numeric && last !== null;
  });
  return { data, text, textOnly, truncated: results.some((r) => r.truncated), downsampled: results.some((r) => r.downsampled) };
}

/** `datetime-local` input text (local time, minutes) of epoch seconds, and back. */
export function toLocalInput(seconds: number): string {
  const d = new Date(seconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(text: string): number | null {
  const ms = new Date(text).getTime();
  return text && Number.isFinite(ms) ? ms / 1000 : null;
}

/** The signed-in view: owner selector (admins), series catalog, chart controls and the chart. */
@Component({
  selector: 'app-dashboard',
  imports: [ChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard.html',
  styleUrl: './dashboard.css',
})
export class DashboardComponent implements OnInit {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly grpcWebBaseUrl = inject(APP_CONFIG).grpcWebBaseUrl;
  private readonly dark = inject(ThemeService).dark;

  readonly me = input.required<Me>();
  readonly isAdmin = computed(() => this.me().roles.includes('admin'));

  protected readonly ranges = RANGES;
  protected readonly aggregates = AGGREGATES;
  protected readonly refreshIntervals = REFRESH_INTERVALS;
  protected readonly allOwners = ALL_OWNERS;
  protected readonly maxOverlay = MAX_OVERLAY;
  protected readonly label = seriesLabel;
  protected readonly key = seriesKey;

  protected readonly catalog = signal<SeriesRef[]>([]);
  protected readonly catalogState = signal<LoadState>('loading');
  protected readonly catalogError = signal('');
  protected readonly owners = computed(() => ownersOf(this.catalog()));
  protected readonly ownerFilter = signal(ALL_OWNERS);
  protected readonly search = signal('');
  protected readonly visibleCatalog = computed(() => {
    const owner = this.ownerFilter();
    const words = this.search().toLowerCase().split(/\s+/).filter(Boolean);
    return this.catalog().filter((ref) => {
      if (owner !== ALL_OWNERS && ref.owner !== owner) return false;
      const text = `${ref.owner ?? ''} ${seriesLabel(ref)}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
  });

  /** The charted series, in legend (and colour) order. */
  protected readonly selection = signal<SeriesRef[]>([]);
  protected readonly selectedKeys = computed(() => new Set(this.selection().map(seriesKey)));
  /** Series hidden from the chart by a click on their legend entry. */
  protected readonly hidden = signal<ReadonlySet<string>>(new Set());
  protected readonly range = signal('1h');
  /** An absolute range (epoch seconds), from the start/stop inputs or a zoom; null: the preset ending now. */
  protected readonly absolute = signal<[number, number] | null>(null);
  protected readonly aggregate = signal<Aggregate>('raw');
  protected readonly refreshEvery = signal(0);
  protected readonly window = computed(() => windowFor(this.spanSeconds()));
  protected readonly rangeLabel = computed(() => rangePreset(this.range()).label.toLowerCase());
  protected readonly longer = computed(() => (this.absolute() ? null : longerRange(this.range())));

  /** Points per series key. */
  protected readonly data = signal<Readonly<Record<string, ChartData>>>({});
  protected readonly plotSeries = computed<PlotSeries[]>(() => {
    const data = this.data();
    const hidden = this.hidden();
    const dark = this.dark();
    return this.selection().map((ref, i) => {
      const key = seriesKey(ref);
      const owner = this.isAdmin() && ref.owner ? ref.owner : '';
      return { key, label: seriesLabel(ref), owner, color: colorOf(i, dark), data: data[key] ?? EMPTY, visible: !hidden.has(key) };
    });
  });
  protected readonly pointCount = computed(() => this.plotSeries().reduce((n, s) => n + s.data.x.length, 0));
  protected readonly dataState = signal<LoadState | 'idle'>('idle');
  protected readonly dataError = signal('');
  protected readonly truncated = signal(false);
  /** The API reduced a dense range to each window's minimum and maximum (max_points). */
  protected readonly downsampled = signal(false);
  protected readonly exporting = signal(false);
  protected readonly exportError = signal('');
  private readonly chartArea = viewChild<ElementRef<HTMLElement>>('chartArea');
  private readonly chart = viewChild(ChartComponent);
  /** The chart area's width at the last load: the chart is built at it without measuring again. */
  protected readonly chartAreaWidth = signal<number | null>(null);
  /** The time window shown, epoch seconds: the range ending at the last load (or live point). */
  protected readonly shownWindow = signal<readonly [number, number] | null>(null);
  /** The last value of a series of text values (which cannot be charted). */
  protected readonly lastText = signal('');
  protected readonly startInput = computed(() => toLocalInput(this.currentSpan()[0]));
  protected readonly stopInput = computed(() => toLocalInput(this.currentSpan()[1]));

  protected readonly live = signal(false);
  protected readonly liveStatus = signal<LiveStatus>('off');
  protected readonly liveError = signal('');
  /** Polite screen-reader announcements of loads and live updates. */
  protected readonly announcement = signal('');

  private dataRequest = 0;
  /** The series the address bar named, until the catalog has loaded. */
  private wantedSeries: string[] = [];
  private liveAbort: AbortController | null = null;
  private lastAnnounced = 0;
  private refreshTimer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.stopLive();
      this.setRefresh(0);
    });
  }

  ngOnInit(): void {
    const view = viewFromQuery(window.location.search);
    this.range.set(view.range);
    this.absolute.set(view.absolute);
    this.aggregate.set(view.aggregate);
    this.live.set(view.live);
    this.wantedSeries = view.series;
    this.setRefresh(view.refresh);
    // The chart's frame (plot, axes over the range) is built while the catalog loads, when the
    // main thread is idle: built after it, it was still being built and laid out when the
    // points arrived in about half the loads, and they waited for it (20-40 ms).
    this.shownWindow.set(this.currentSpan());
    this.dataState.set('loading');
    void this.loadCatalog();
  }

  /** Keeps the address bar on the view shown (replaceState: no history entry per click). */
  private writeView(): void {
    const query = viewToQuery({
      series: this.selection().map(seriesKey),
      range: this.range(),
      absolute: this.absolute(),
      aggregate: this.aggregate(),
      live: this.live(),
      refresh: this.refreshEvery(),
    });
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${query}${hash}`);
  }

  async loadCatalog(): Promise<void> {
    this.catalogState.set('loading');
    try {
      const entries = await this.api.catalog(this.isAdmin() ? ALL_OWNERS : undefined);
      const refs = flattenCatalog(entries);
      this.catalog.set(refs);
      this.catalogState.set(refs.length ? 'ready' : 'empty');
      // A view from the address bar (a reload, a shared link) wins once: the series the caller may see.
      const wanted = findSeries(refs, this.wantedSeries);
      this.wantedSeries = [];
      const kept = findSeries(refs, this.selection().map(seriesKey));
      if (wanted.length) this.show(wanted);
      else if (kept.length) this.show(kept);
      else if (refs.length) this.select(this.visibleCatalog()[0] ?? refs[0]);
      else this.noSelection();
    } catch (error) {
      this.noSelection();
      this.fail(error, (message) => {
        this.catalogError.set(message);
        this.catalogState.set('error');
      });
    }
  }

  /** Nothing will be charted (no series, or no catalog): the frame waiting for points goes. */
  private noSelection(): void {
    if (!this.selection().length && this.dataState() === 'loading') this.dataState.set('idle');
  }

  protected setOwner(owner: string): void {
    this.ownerFilter.set(owner);
    const visible = this.visibleCatalog();
    const keys = this.selectedKeys();
    if (visible.length && !visible.some((r) => keys.has(seriesKey(r)))) this.select(visible[0]);
  }

  /** Charts only this series. */
  protected select(ref: SeriesRef): void {
    this.show([ref]);
  }

  /** Adds a series to the chart, or takes it off (the last one stays). */
  protected toggleOverlay(ref: SeriesRef): void {
    const key = seriesKey(ref);
    const current = this.selection();
    if (this.selectedKeys().has(key)) {
      if (current.length > 1) this.show(current.filter((r) => seriesKey(r) !== key));
    } else if (current.length < MAX_OVERLAY) {
      this.show([...current, ref]);
    }
  }

  private show(refs: SeriesRef[]): void {
    this.selection.set(refs);
    const keys = new Set(refs.map(seriesKey));
    this.hidden.set(new Set([...this.hidden()].filter((k) => keys.has(k))));
    void this.loadData();
  }

  protected toggleHidden(key: string): void {
    const hidden = new Set(this.hidden());
    if (!hidden.delete(key)) hidden.add(key);
    this.hidden.set(hidden);
  }

  protected setRange(id: string): void {
    this.range.set(id);
    this.absolute.set(null);
    void this.loadData();
  }

  /** An absolute range from the start and stop inputs (local time). */
  protected setAbsolute(startText: string, stopText: string): void {
    const start = fromLocalInput(startText);
    const stop = fromLocalInput(stopText);
    if (start === null || stop === null || start >= stop) {
      this.dataError.set('The start must be before the stop.');
      this.dataState.set('error');
      return;
    }
    this.zoomTo([start, stop]);
  }

  /** A dragged (or typed) range: fetched anew, so it shows at the resolution it deserves. */
  protected zoomTo(span: [number, number]): void {
    if (this.live()) {
      this.live.set(false);
      this.stopLive();
    }
    this.absolute.set(span);
    void this.loadData();
  }

  protected resetZoom(): void {
    if (!this.absolute()) return;
    this.absolute.set(null);
    void this.loadData();
  }

  protected setAggregate(value: string): void {
    this.aggregate.set(value as Aggregate);
    void this.loadData();
  }

  protected setLive(on: boolean): void {
    this.live.set(on);
    if (on) this.absolute.set(null); // live follows the range ending now
    if (!on) this.stopLive();
    void this.loadData();
  }

  /** Reloads every `seconds` (0: never) while not live; a load still running is not doubled. */
  protected setRefresh(seconds: number): void {
    this.refreshEvery.set(seconds);
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    this.refreshTimer = null;
    if (seconds > 0) {
      this.refreshTimer = setInterval(() => {
        if (!this.live() && this.dataState() !== 'loading') void this.loadData();
      }, seconds * 1000);
    }
    if (this.selection().length) this.writeView();
  }

  /** [from, to] epoch seconds: the absolute range, or the preset ending now. */
  private currentSpan(): [number, number] {
    const absolute = this.absolute();
    if (absolute) return absolute;
    const now = Date.now() / 1000;
    return [now - rangePreset(this.range()).seconds, now];
  }

  private spanSeconds(): number {
    const absolute = this.absolute();
    return absolute ? absolute[1] - absolute[0] : rangePreset(this.range()).seconds;
  }

  /** The API query of one series: the range, raw or one aggregate per window. */
  private query(ref: SeriesRef, fn: Aggregate): DataQuery {
    const absolute = this.absolute();
    const range = absolute
      ? { start: new Date(absolute[0] * 1000).toISOString(), stop: new Date(absolute[1] * 1000).toISOString() }
      : { start: `-${rangePreset(this.range()).seconds}s` };
    return { series: ref, ...range, ...(fn === 'raw' ? {} : { every: windowFor(this.spanSeconds()), fn }) };
  }

  /** The chart's width in pixels: the API returns about one point per pixel (peaks kept). */
  private chartWidth(): number {
    return Math.max(200, Math.round(this.chartArea()?.nativeElement.clientWidth || 1000));
  }

  /** Loads the charted series for the range; in live mode then follows each with Watch. */
  async loadData(): Promise<void> {
    const refs = this.selection();
    if (!refs.length) return;
    this.writeView();
    const request = ++this.dataRequest;
    this.stopLive();
    // A first load frames the chart over the range it asked for while its points arrive.
    if (!this.pointCount()) this.shownWindow.set(this.currentSpan());
    this.dataState.set('loading');
    // Live mode plots raw points: aggregated history and raw live points would not compare.
    const fn = this.live() ? 'raw' : this.aggregate();
    const maxPoints = this.chartWidth();
    this.chartAreaWidth.set(maxPoints);
    try {
      // Converted as the points arrive: the parsed body (an array per point) is garbage from
      // here on, so no collection while the chart is drawn copies it.
      const { data, text, textOnly, truncated, downsampled } = chartColumns(
        refs,
        await Promise.all(refs.map((ref) => this.api.data({ ...this.query(ref, fn), maxPoints }, this.isAdmin()))),
      );
      if (request !== this.dataRequest) return;
      this.shownWindow.set(this.currentSpan());
      this.data.set(data);
      this.truncated.set(truncated);
      this.downsampled.set(downsampled);
      this.lastText.set(text);
      const points = this.pointCount();
      this.dataState.set(textOnly ? 'text' : points ? 'ready' : 'empty');
      // Points into the plot that is showing, now (see ChartComponent.draw).
      if (points && !textOnly) this.chart()?.draw(this.plotSeries(), this.shownWindow());
      const what = refs.length === 1 ? seriesLabel(refs[0]) : `${refs.length} series`;
      this.say(`${what}: ${points} points loaded.`);
      if (this.live()) for (const ref of refs) void this.follow(ref, request);
    } catch (error) {
      if (request !== this.dataRequest) return;
      this.fail(error, (message) => {
        this.dataError.set(message);
        this.dataState.set('error');
      });
    }
  }

  /** Downloads every point of the charted series and range as one CSV (through the API). */
  async downloadCsv(): Promise<void> {
    const refs = this.selection();
    if (!refs.length) return;
    this.exporting.set(true);
    this.exportError.set('');
    try {
      const fn = this.live() ? 'raw' : this.aggregate();
      const parts = await Promise.all(refs.map((ref) => this.api.exportCsv(this.query(ref, fn), this.isAdmin())));
      // One header: every part starts with the same one.
      const texts = await Promise.all(parts.map((p) => p.text()));
      const body = texts.map((t, i) => (i === 0 ? t : t.slice(t.indexOf('\n') + 1))).join('');
      const url = URL.createObjectURL(new Blob([body], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = refs.length === 1 ? csvFileName(refs[0]) : `timeseries-${refs.length}-series.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      this.say('CSV downloaded.');
    } catch (error) {
      this.fail(error, (message) => this.exportError.set(message));
    } finally {
      this.exporting.set(false);
    }
  }

  /** Watch of one series over gRPC-Web (one stream per charted series), resumed after the last point shown; reconnects with backoff. */
  private async follow(ref: SeriesRef, request: number): Promise<void> {
    const key = seriesKey(ref);
    const abort = this.liveAbort ?? new AbortController();
    this.liveAbort = abort;
    this.liveStatus.set('connecting');
    this.liveError.set('');
    const { watchSeries, shouldResume, LiveCursor } = await import('./live');
    // One watermark across reconnects and token renewals: no gap, no repeated point.
    const cursor = new LiveCursor();
    let backoff = 500;
    while (!abort.signal.aborted && request === this.dataRequest) {
      const shown = (this.data()[key] ?? EMPTY).x;
      let used: string | null = null;
      try {
        const stream = watchSeries({
          baseUrl: this.grpcWebBaseUrl,
          token: () => (used = this.auth.accessToken()),
          series: ref,
          asAdmin: this.isAdmin(),
          sinceMs: shown.length ? Math.round(shown[shown.length - 1] * 1000) : null,
          cursor,
          signal: abort.signal,
          onOpen: () => this.liveStatus.set('live'),
        });
        for await (const columns of stream) {
          backoff = 500;
          const now = Date.now() / 1000;
          const minX = now - rangePreset(this.range()).seconds;
          const before = this.data()[key] ?? EMPTY;
          const next = appendPoints(before, columns.x, columns.y, minX);
          this.shownWindow.set([minX, Math.max(now, next.x.at(-1) ?? now)]);
          if (next.x.length !== before.x.length || columns.x.length) {
            this.data.set({ ...this.data(), [key]: next });
            this.dataState.set(this.pointCount() ? 'ready' : 'empty');
            this.announceLive(columns.x.length);
          }
        }
      } catch (error) {
        if (abort.signal.aborted) return;
        // The token expired (the server ends the stream then) and has been renewed: resume.
        if (!shouldResume(error, used, this.auth.accessToken())) {
          this.liveStatus.set('error');
          this.liveError.set(error instanceof Error ? error.message : String(error));
          return;
        }
      }
      if (abort.signal.aborted) return;
      // Stream ended (server restart, proxy timeout) or failed transiently: try again.
      this.liveStatus.set('reconnecting');
      await new Promise((resolve) => setTimeout(resolve, backoff));
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }

  private stopLive(): void {
    this.liveAbort?.abort();
    this.liveAbort = null;
    this.liveStatus.set('off');
  }

  private announceLive(count: number): void {
    // At most one announcement every 10 s: a stream of points must not flood a screen reader.
    const now = Date.now();
    if (count && now - this.lastAnnounced > 10_000) {
      this.lastAnnounced = now;
      this.say(`${count} new point${count === 1 ? '' : 's'} received.`);
    }
  }

  private say(text: string): void {
    this.announcement.set(text);
  }

  private fail(error: unknown, show: (message: string) => void): void {
    const status = error instanceof ApiError ? error.status : 0;
    if (status === 401) return; // the session ended; the shell shows the sign-in view
    show(error instanceof Error ? error.message : String(error));
  }
}
