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
  viewChild,
} from '@angular/core';
import uPlot from 'uplot';
import { type ChartData, formatValue, summarize } from './series';

/** A uPlot line chart of one series; redraws in place when only the data changes. */
@Component({
  selector: 'app-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <div #plot class="plot" role="img" [attr.aria-label]="description()"></div>
      <figcaption class="summary">
        <span><strong>{{ summary().count }}</strong> points</span>
        <span>min <strong>{{ format(summary().min) }}</strong></span>
        <span>max <strong>{{ format(summary().max) }}</strong></span>
        <span>last <strong data-testid="last-value">{{ format(summary().last) }}</strong>
          @if (summary().lastAt !== null) { at {{ time(summary().lastAt!) }} }</span>
      </figcaption>
    </figure>
  `,
  styles: `
    .chart { margin: 0; }
    .plot { width: 100%; min-height: 320px; }
    .summary { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-size: 0.875rem; color: var(--muted); padding-top: 0.5rem; }
    .summary strong { color: var(--fg); font-variant-numeric: tabular-nums; }
  `,
})
export class ChartComponent {
  readonly data = input.required<ChartData>();
  readonly label = input.required<string>();
  /** The time window to show, epoch seconds [from, to]; null fits the data. */
  readonly window = input<readonly [number, number] | null>(null);

  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('plot');
  private plot: uPlot | null = null;
  private plotLabel = '';

  protected readonly summary = computed(() => summarize(this.data()));
  protected readonly description = computed(() => {
    const s = this.summary();
    if (s.count === 0) return `${this.label()}: no points`;
    return `Line chart of ${this.label()}: ${s.count} points, from ${formatValue(s.min)} to ${formatValue(s.max)}, last ${formatValue(s.last)}`;
  });
  protected readonly format = formatValue;
  protected time(seconds: number): string {
    return new Date(seconds * 1000).toLocaleTimeString();
  }

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const element = this.host().nativeElement;
      const resize = new ResizeObserver(() => this.plot?.setSize(this.size(element)));
      resize.observe(element);
      destroyRef.onDestroy(() => {
        resize.disconnect();
        this.plot?.destroy();
        this.plot = null;
      });
    });
    // After render: the plot's element exists and uPlot measures real layout.
    afterRenderEffect(() => {
      const data = this.data();
      const label = this.label();
      const span = this.window();
      const element = this.host().nativeElement;
      if (this.plot && this.plotLabel === label) {
        this.plot.setData([data.x, data.y]);
      } else {
        this.plot?.destroy();
        this.plot = new uPlot(this.options(label, element), [data.x, data.y], element);
        this.plotLabel = label;
      }
      // The chosen range, not just the span of the points (drag-zoom still narrows it).
      if (span) this.plot.setScale('x', { min: span[0], max: span[1] });
    });
  }

  private size(element: HTMLElement): { width: number; height: number } {
    const width = Math.max(element.clientWidth, 200);
    return { width, height: Math.round(Math.min(420, Math.max(260, width * 0.45))) };
  }

  private options(label: string, element: HTMLElement): uPlot.Options {
    const style = getComputedStyle(element);
    const fg = style.getPropertyValue('--fg').trim() || '#1f2933';
    const grid = style.getPropertyValue('--grid').trim() || '#e4e7eb';
    const accent = style.getPropertyValue('--accent').trim() || '#2563eb';
    const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    return {
      ...this.size(element),
      cursor: { drag: { x: true, y: false } },
      scales: { x: { time: true } },
      axes: [axis, { ...axis, size: 60, values: (_u, ticks) => ticks.map((v) => formatValue(v)) }],
      series: [
        {},
        { label, stroke: accent, width: 1.5, fill: `${accent}1a`, spanGaps: false, points: { show: false }, value: (_u, v) => formatValue(v) },
      ],
      // A User Timing mark per draw: `make bench-spa` measures data arrival → drawn chart with it.
      hooks: { draw: [(u) => performance.mark('chart-drawn', { detail: { points: u.data[0].length } })] },
    };
  }
}
