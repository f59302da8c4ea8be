import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { ApiError, ApiService, Me } from './api.service';
import { AuthService } from './auth.service';
import { ChartComponent } from './chart';
import { APP_CONFIG } from './config';
import {
  AGGREGATES,
  type Aggregate,
  type ChartData,
  RANGES,
  type SeriesRef,
  appendPoints,
  flattenCatalog,
  longerRange,
  fromPoints,
  ownersOf,
  rangePreset,
  sameTags,
  seriesKey,
  seriesLabel,
  windowFor,
} from './series';

type LoadState = 'loading' | 'ready' | 'empty' | 'error' | 'text';
type LiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting' | 'error';

const ALL_OWNERS = '*';
const MAX_BACKOFF_MS = 15_000;

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

  readonly me = input.required<Me>();
  readonly isAdmin = computed(() => this.me().roles.includes('admin'));

  protected readonly ranges = RANGES;
  protected readonly aggregates = AGGREGATES;
  protected readonly allOwners = ALL_OWNERS;
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

  protected readonly selected = signal<SeriesRef | null>(null);
  protected readonly selectedKey = computed(() => {
    const ref = this.selected();
    return ref ? seriesKey(ref) : '';
  });
  protected readonly range = signal('1h');
  protected readonly aggregate = signal<Aggregate>('raw');
  protected readonly window = computed(() => windowFor(rangePreset(this.range()).seconds));
  protected readonly longer = computed(() => longerRange(this.range()));

  protected readonly chart = signal<ChartData>({ x: [], y: [] });
  protected readonly dataState = signal<LoadState | 'idle'>('idle');
  protected readonly dataError = signal('');
  protected readonly truncated = signal(false);
  /** The time window shown, epoch seconds: the range preset ending at the last load (or live point). */
  protected readonly shownWindow = signal<readonly [number, number] | null>(null);
  /** The last value of a series of text values (which cannot be charted). */
  protected readonly lastText = signal('');

  protected readonly live = signal(false);
  protected readonly liveStatus = signal<LiveStatus>('off');
  protected readonly liveError = signal('');
  /** Polite screen-reader announcements of loads and live updates. */
  protected readonly announcement = signal('');

  private dataRequest = 0;
  private liveAbort: AbortController | null = null;
  private lastAnnounced = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopLive());
  }

  ngOnInit(): void {
    void this.loadCatalog();
  }

  async loadCatalog(): Promise<void> {
    this.catalogState.set('loading');
    try {
      const entries = await this.api.catalog(this.isAdmin() ? ALL_OWNERS : undefined);
      const refs = flattenCatalog(entries);
      this.catalog.set(refs);
      this.catalogState.set(refs.length ? 'ready' : 'empty');
      const current = this.selected();
      const keep = current && refs.find((r) => seriesKey(r) === seriesKey(current));
      if (!keep && refs.length) this.select(this.visibleCatalog()[0] ?? refs[0]);
    } catch (error) {
      this.fail(error, (message) => {
        this.catalogError.set(message);
        this.catalogState.set('error');
      });
    }
  }

  protected setOwner(owner: string): void {
    this.ownerFilter.set(owner);
    const visible = this.visibleCatalog();
    const current = this.selected();
    if (visible.length && !(current && visible.some((r) => seriesKey(r) === seriesKey(current)))) {
      this.select(visible[0]);
    }
  }

  protected select(ref: SeriesRef): void {
    this.selected.set(ref);
    void this.loadData();
  }

  protected setRange(id: string): void {
    this.range.set(id);
    void this.loadData();
  }

  protected setAggregate(value: string): void {
    this.aggregate.set(value as Aggregate);
    void this.loadData();
  }

  protected setLive(on: boolean): void {
    this.live.set(on);
    if (!on) this.stopLive();
    void this.loadData();
  }

  /** Loads the selected series for the range; in live mode then follows it with Watch. */
  async loadData(): Promise<void> {
    const ref = this.selected();
    if (!ref) return;
    const request = ++this.dataRequest;
    this.stopLive();
    this.dataState.set('loading');
    const seconds = rangePreset(this.range()).seconds;
    // Live mode plots raw points: aggregated history and raw live points would not compare.
    const fn = this.live() ? 'raw' : this.aggregate();
    try {
      const { series, truncated } = await this.api.data(
        { series: ref, start: `-${seconds}s`, ...(fn === 'raw' ? {} : { every: windowFor(seconds), fn }) },
        this.isAdmin(),
      );
      if (request !== this.dataRequest) return;
      const match = series.find((s) => s.field === ref.field && sameTags(s.tags ?? {}, ref.tags));
      const data = match ? fromPoints(match.points) : { x: [], y: [] };
      const now = Date.now() / 1000;
      this.shownWindow.set([now - seconds, now]);
      this.chart.set(data);
      this.truncated.set(truncated);
      const text = [...(match?.points ?? [])].reverse().find((p) => typeof p[1] === 'string');
      this.lastText.set(text ? String(text[1]) : '');
      const textOnly = data.x.length > 0 && data.y.every((v) => v === null) && !!text;
      this.dataState.set(textOnly ? 'text' : data.x.length ? 'ready' : 'empty');
      this.say(`${seriesLabel(ref)}: ${data.x.length} points loaded.`);
      if (this.live()) void this.follow(ref, request);
    } catch (error) {
      if (request !== this.dataRequest) return;
      this.fail(error, (message) => {
        this.dataError.set(message);
        this.dataState.set('error');
      });
    }
  }

  /** Watch over gRPC-Web, resumed after the last point shown; reconnects with backoff. */
  private async follow(ref: SeriesRef, request: number): Promise<void> {
    const abort = new AbortController();
    this.liveAbort = abort;
    this.liveStatus.set('connecting');
    this.liveError.set('');
    const { watchSeries, shouldResume, LiveCursor } = await import('./live');
    // One watermark across reconnects and token renewals: no gap, no repeated point.
    const cursor = new LiveCursor();
    let backoff = 500;
    while (!abort.signal.aborted && request === this.dataRequest) {
      const shown = this.chart().x;
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
          const next = appendPoints(this.chart(), columns.x, columns.y, minX);
          this.shownWindow.set([minX, Math.max(now, next.x.at(-1) ?? now)]);
          if (next.x.length !== this.chart().x.length || columns.x.length) {
            this.chart.set(next);
            this.dataState.set(next.x.length ? 'ready' : 'empty');
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
