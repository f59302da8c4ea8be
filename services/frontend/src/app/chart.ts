import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  afterRenderEffect,
  computed,
  inject,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import uPlot from 'uplot';
import { type ChartData, alignSeries, formatValue, summarize } from './series';
import { ThemeService } from './theme';

/** One line of the chart and its legend entry. */
export interface PlotSeries {
  key: string;
  label: string;
  /** The owner badge of an admin's cross-owner view, or ''. */
  owner: string;
  color: string;
  data: ChartData;
  visible: boolean;
}

/**
 * A uPlot line chart of several series on one time axis, with a legend (min, max, mean, last
 * per series; a click on an entry toggles its line). Dragging across the plot asks for that
 * range (`zoom`), a double-click for the original one (`reset`): the dashboard refetches, so a
 * zoom shows the range at full resolution, not a stretched downsample. One plot per colour
 * scheme: other data is a redraw, other series are swapped in the same plot.
 */
@Component({
  selector: 'app-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <div #plot class="plot" role="img" [attr.aria-label]="description()"></div>
      <figcaption>
        <ul class="legend" aria-label="Legend: select an entry to show or hide its series">
          @for (entry of legend(); track entry.key; let i = $index) {
            <li>
              <button
                type="button"
                class="entry"
                data-testid="legend-entry"
                [attr.aria-pressed]="entry.visible"
                (click)="toggle.emit(entry.key)"
              >
                <span class="swatch" aria-hidden="true" [style.background]="entry.visible ? entry.color : 'transparent'" [style.border-color]="entry.color"></span>
                @if (entry.owner) {
                  <span class="owner">{{ entry.owner }}</span>&ngsp;
                }
                <span class="name">{{ entry.label }}</span>&ngsp;
                <span class="stats">
                  <span><strong>{{ entry.stats.count }}</strong> points</span>&ngsp;
                  <span>min <strong>{{ format(entry.stats.min) }}</strong></span>&ngsp;
                  <span>max <strong>{{ format(entry.stats.max) }}</strong></span>&ngsp;
                  <span>mean <strong>{{ format(entry.stats.mean) }}</strong></span>&ngsp;
                  <span>last <strong [attr.data-testid]="i === 0 ? 'last-value' : 'legend-last'">{{ format(entry.stats.last) }}</strong>
                    @if (entry.stats.lastAt !== null) { at {{ time(entry.stats.lastAt) }} }</span>
                </span>
              </button>
            </li>
          }
        </ul>
      </figcaption>
    </figure>
  `,
  styles: `
    .chart { margin: 0; }
    .plot { width: 100%; min-height: 320px; cursor: crosshair; }
    .legend { list-style: none; margin: 0.5rem 0 0; padding: 0; display: flex; flex-direction: column; gap: 0.25rem; }
    .entry { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; width: 100%; text-align: left; background: none; border: 1px solid transparent; border-radius: 6px; padding: 0.3rem 0.5rem; color: var(--fg); font: inherit; font-size: 0.875rem; cursor: pointer; }
    .entry:hover { background: var(--hover); }
    /* A hidden series' entry: struck through in the muted colour (an opacity fell below 4.5:1). */
    .entry[aria-pressed='false'] .name, .entry[aria-pressed='false'] .stats, .entry[aria-pressed='false'] .stats strong { color: var(--muted); text-decoration: line-through; }
    .swatch { width: 0.9rem; height: 0.9rem; border-radius: 3px; border: 2px solid; align-self: center; flex: none; }
    .name { font-weight: 700; overflow-wrap: anywhere; }
    .owner { font-size: 0.75rem; font-weight: 600; background: var(--badge); color: var(--fg); border-radius: 999px; padding: 0.05rem 0.5rem; }
    .stats { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; color: var(--muted); }
    .stats strong { color: var(--fg); font-variant-numeric: tabular-nums; }
  `,
})
export class ChartComponent {
  readonly series = input.required<readonly PlotSeries[]>();
  /**
   * The plot's width as the dashboard last measured its container (for max_points), or null:
   * building the plot with it forces no layout of a page still being rendered (a ResizeObserver
   * corrects it if the layout then differs).
   */
  readonly width = input<number | null>(null);
  /** The time window to show, epoch seconds [from, to]; null fits the data. */
  readonly window = input<readonly [number, number] | null>(null);
  /** A range dragged across the plot, epoch seconds. */
  readonly zoom = output<[number, number]>();
  /** A double-click on the plot: back to the range before zooming. */
  readonly reset = output<void>();
  /** A legend entry was selected: show or hide that series. */
  readonly toggle = output<string>();

  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('plot');
  private readonly dark = inject(ThemeService).dark;
  private plot: uPlot | null = null;
  /** The scheme the plot was built for (its axes' and grid's colours): another is another plot. */
  private plotDark: boolean | null = null;
  /** Keys and colours of the plot's series: others are swapped in place (no new plot, canvas or DOM). */
  private plotSeries = '';
  /** The series list and window the plot last drew (by identity). */
  private shown: [readonly PlotSeries[] | null, readonly [number, number] | null] = [null, null];

  protected readonly legend = computed(() =>
    // The entry's visible text is its accessible name (owner, name, statistics); aria-pressed says shown.
    this.series().map((s) => ({ ...s, stats: summarize(s.data) })),
  );
  protected readonly description = computed(() => {
    const legend = this.legend();
    if (!legend.length) return 'Line chart: no series';
    const parts = legend.map((e) =>
      e.stats.count ? `${e.label} from ${formatValue(e.stats.min)} to ${formatValue(e.stats.max)}, last ${formatValue(e.stats.last)}` : `${e.label}: no points`,
    );
    return `Line chart of ${legend.length === 1 ? '' : `${legend.length} series: `}${parts.join('; ')}`;
  });
  protected readonly format = formatValue;
  protected time(seconds: number): string {
    return new Date(seconds * 1000).toLocaleTimeString();
  }

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const element = this.host().nativeElement;
      // Its first call comes with the first layout, at the size the plot was built with: a
      // setSize then would redraw every point again for nothing.
      const resize = new ResizeObserver((entries) => {
        const size = this.size(element, entries[0]?.contentRect.width);
        if (this.plot && (size.width !== this.plot.width || size.height !== this.plot.height)) this.plot.setSize(size);
      });
      resize.observe(element);
      destroyRef.onDestroy(() => {
        resize.disconnect();
        this.plot?.destroy();
        this.plot = null;
      });
    });
    // After render: the plot's element exists and uPlot measures real layout.
    afterRenderEffect(() => {
      const series = this.series();
      const span = this.window();
      const dark = this.dark();
      // Drawn already from the task the points arrived in (draw()).
      if (this.plot && this.plotDark === dark && this.shown[0] === series && this.shown[1] === span) return;
      this.render(series, span, dark);
    });
  }

  /**
   * Draws these series over this window now, in the caller's task, if the plot exists for the
   * current scheme (false if not: the next render builds it). The dashboard calls it when points
   * arrive, so they are drawn in the task that parsed them rather than after a timer and a
   * change detection pass (2-10 ms later); the legend and the rest of the page follow in that
   * pass, before the next frame is painted, and the render then finds these series drawn.
   */
  draw(series: readonly PlotSeries[], span: readonly [number, number] | null): boolean {
    const dark = untracked(this.dark);
    if (!this.plot || this.plotDark !== dark) return false;
    this.render(series, span, dark);
    return true;
  }

  private render(series: readonly PlotSeries[], span: readonly [number, number] | null, dark: boolean): void {
    const element = this.host().nativeElement;
    const data = alignSeries(series.map((s) => s.data)) as uPlot.AlignedData;
    if (this.plot && this.plotDark === dark && !data[0].length && !this.plot.data[0].length && this.within(span)) {
      // Still no points, over the same pixels: the frame waiting for its first points got its
      // series from the catalog. Nothing it shows would change, so it is not redrawn (its axes
      // and grid were the larger part of the render after the catalog, which quick points then
      // waited for); draw() swaps the series in with the points.
      this.shown = [series, span];
      return;
    }
    const shape = JSON.stringify(series.map((s) => [s.key, s.color]));
    if (!this.plot || this.plotDark !== dark) {
      this.plot?.destroy();
      this.plot = new uPlot(this.options(series, element, untracked(this.width)), data, element);
      this.plot.over.addEventListener('dblclick', () => this.reset.emit());
      this.plotDark = dark;
    } else {
      // The frame built while the catalog loaded (no series yet), or another selection: the
      // same plot takes the new series (a new plot's DOM, canvas and axes took 10-40 ms of a
      // page load's main thread).
      if (this.plotSeries !== shape) {
        for (let i = this.plot.series.length - 1; i > 0; i--) this.plot.delSeries(i);
        this.seriesOptions(series).forEach((opts) => this.plot!.addSeries(opts));
      }
      this.plot.setData(data);
    }
    this.plotSeries = shape;
    this.shown = [series, span];
    series.forEach((s, i) => {
      if (this.plot!.series[i + 1].show !== s.visible) this.plot!.setSeries(i + 1, { show: s.visible });
    });
    // The chosen range, not just the span of the points.
    if (span) this.plot.setScale('x', { min: span[0], max: span[1] });
  }

  /** Whether the plot's x axis already shows this window to within a pixel (null: fit the data). */
  private within(span: readonly [number, number] | null): boolean {
    const { min, max } = this.plot!.scales['x'];
    if (!span) return true;
    if (min == null || max == null) return false;
    const pixel = (max - min) / Math.max(this.plot!.bbox.width / uPlot.pxRatio, 1);
    return Math.abs(span[0] - min) < pixel && Math.abs(span[1] - max) < pixel;
  }

  private size(element: HTMLElement, measured?: number | null): { width: number; height: number } {
    const width = Math.max(Math.round(measured ?? element.clientWidth), 200);
    return { width, height: Math.round(Math.min(420, Math.max(260, width * 0.45))) };
  }

  private seriesOptions(series: readonly PlotSeries[]): uPlot.Series[] {
    const single = series.length === 1;
    return series.map((s) => ({
      label: s.label,
      stroke: s.color,
      width: 1.5,
      // A fill only under a lone line: overlaid fills would hide each other.
      fill: single ? `${s.color}1a` : undefined,
      // Other series' times are gaps in this one's column: draw across them.
      spanGaps: !single,
      points: { show: false },
      show: s.visible,
    }));
  }

  private options(series: readonly PlotSeries[], element: HTMLElement, width: number | null): uPlot.Options {
    const style = getComputedStyle(element);
    const fg = style.getPropertyValue('--fg').trim() || '#1f2933';
    const grid = style.getPropertyValue('--grid').trim() || '#e4e7eb';
    const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    return {
      ...this.size(element, width),
      // Our own legend (with statistics and toggles) replaces uPlot's.
      legend: { show: false },
      cursor: {
        drag: { x: true, y: false, setScale: false },
        // The double-click is ours (reset to the range before zooming), not uPlot's auto-fit.
        bind: { dblclick: () => null },
      },
      scales: { x: { time: true } },
      axes: [axis, { ...axis, size: 60, values: (_u, ticks) => ticks.map((v) => formatValue(v)) }],
      series: [{}, ...this.seriesOptions(series)],
      hooks: {
        setSelect: [
          (u) => {
            if (u.select.width < 2) return;
            const from = u.posToVal(u.select.left, 'x');
            const to = u.posToVal(u.select.left + u.select.width, 'x');
            u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
            this.zoom.emit([from, to]);
          },
        ],
        // A User Timing mark per draw: `make bench-spa` measures data arrival → drawn chart with it.
        draw: [(u) => performance.mark('chart-drawn', { detail: { points: u.data[0].length, series: u.series.length - 1 } })],
      },
    };
  }
}
