import { TestBed } from '@angular/core/testing';
import type uPlot from 'uplot';
import { ChartComponent, type PlotSeries } from './chart';
import { ThemeService } from './theme';

const temp: PlotSeries = { key: 'a', label: 'temp.value', owner: '', color: '#0072b2', data: { x: [1, 2, 3], y: [1, null, 3] }, visible: true };
const power: PlotSeries = { key: 'b', label: 'power.watts', owner: 'bob', color: '#e69f00', data: { x: [2, 4], y: [10, 30] }, visible: true };

describe('ChartComponent', () => {
  it('draws a uPlot chart, describes it for screen readers and redraws in place', async () => {
    const fixture = TestBed.createComponent(ChartComponent);
    performance.clearMarks('chart-drawn');
    fixture.componentRef.setInput('series', [temp]);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const plot = el.querySelector('.plot')!;
    expect(plot.getAttribute('role')).toBe('img');
    expect(plot.getAttribute('aria-label')).toBe('Line chart of temp.value from 1 to 3, last 3');
    expect(el.querySelectorAll('.uplot')).toHaveLength(1);
    expect(el.querySelector('[data-testid=last-value]')?.textContent).toBe('3');
    await new Promise((resolve) => setTimeout(resolve)); // uPlot draws in a microtask
    const marks = performance.getEntriesByName('chart-drawn') as PerformanceMark[];
    expect(marks.at(-1)?.detail).toEqual({ points: 3, series: 1 });

    const first = el.querySelector('.uplot');
    fixture.componentRef.setInput('series', [{ ...temp, data: { x: [1, 2, 3, 4], y: [1, 2, 3, 4] } }]);
    await fixture.whenStable();
    expect(el.querySelector('.uplot')).toBe(first); // same plot, new data
    expect(el.querySelector('figcaption')?.textContent).toContain('4 points');

    fixture.componentRef.setInput('window', [0, 100]);
    await fixture.whenStable();
    expect(fixture.componentInstance['plot']?.scales['x']).toMatchObject({ min: 0, max: 100 });

    // Other series go into the same plot (no new canvas and axes): two lines, no fill under either.
    const u = fixture.componentInstance['plot']!;
    fixture.componentRef.setInput('series', [temp, power]);
    await fixture.whenStable();
    expect(el.querySelectorAll('.uplot')).toHaveLength(1);
    expect(el.querySelector('.uplot')).toBe(first);
    expect(fixture.componentInstance['plot']).toBe(u);
    expect(u.series.map((s) => s.label)).toEqual(['Time', 'temp.value', 'power.watts']);
    // uPlot keeps a series' fill as a function of the plot and the series' index.
    const fill = (i: number) => (u.series[i].fill as (u: uPlot, i: number) => string | null)(u, i);
    expect([fill(1), fill(2)]).toEqual([null, null]);
    expect(u.data).toEqual([[1, 2, 3, 4], [1, null, 3, null], [null, 10, null, 30]]);
    fixture.componentRef.setInput('series', [power]);
    await fixture.whenStable();
    expect(u.series.map((s) => s.label)).toEqual(['Time', 'power.watts']);
    expect(fill(1)).toBe('#e69f001a'); // a lone line gets its fill back
    fixture.destroy();
    expect(el.querySelectorAll('.uplot')).toHaveLength(0);
  });

  it('leaves a frame without points as it is until points come, unless its window moves a pixel', async () => {
    const fixture = TestBed.createComponent(ChartComponent);
    const hour: [number, number] = [0, 3600];
    fixture.componentRef.setInput('series', []);
    fixture.componentRef.setInput('window', hour);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    const chart = fixture.componentInstance;
    const plot = chart['plot']!;
    const drawn = () => performance.getEntriesByName('chart-drawn').length;
    const before = drawn();
    // The catalog names the series (no points yet) and the window ends a moment later: no redraw.
    const waiting = [{ ...temp, data: { x: [], y: [] } }];
    fixture.componentRef.setInput('series', waiting);
    fixture.componentRef.setInput('window', [0.5, 3600.5]);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(drawn()).toBe(before);
    expect(plot.series).toHaveLength(1);
    expect(fixture.nativeElement.querySelector('figcaption')?.textContent).toContain('temp.value');
    // A window a pixel or more away is drawn (the axes move).
    fixture.componentRef.setInput('window', [600, 4200]);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(drawn()).toBe(before + 1);
    expect(plot.scales['x']).toMatchObject({ min: 600, max: 4200 });
    // The points swap the series in and are drawn once.
    expect(chart.draw([{ ...temp, data: { x: [700, 800], y: [5, 6] } }], [600, 4200])).toBe(true);
    await Promise.resolve();
    expect(drawn()).toBe(before + 2);
    expect(plot.series.map((s) => s.label)).toEqual(['Time', 'temp.value']);
    expect(plot.data).toEqual([[700, 800], [5, 6]]);
    fixture.destroy();
  });

  it('draws points handed to it at once, and the render that follows does not draw them again', async () => {
    const fixture = TestBed.createComponent(ChartComponent);
    fixture.componentRef.setInput('series', []);
    await fixture.whenStable();
    const chart = fixture.componentInstance;
    const plot = chart['plot']!;
    expect(plot.series).toHaveLength(1); // the frame: axes, no series yet
    const drawn = () => performance.getEntriesByName('chart-drawn').length;
    const series = [{ ...temp, data: { x: [1, 2], y: [5, 6] } }];
    const span = [0, 10] as const;
    expect(chart.draw(series, span)).toBe(true);
    const before = drawn();
    await Promise.resolve(); // uPlot draws in a microtask, still in the caller's task
    expect(drawn()).toBe(before + 1);
    expect(plot.data).toEqual([[1, 2], [5, 6]]);
    fixture.componentRef.setInput('series', series);
    fixture.componentRef.setInput('window', span);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(drawn()).toBe(before + 1);
    expect(chart['plot']).toBe(plot);
    expect(fixture.nativeElement.querySelector('[data-testid=last-value]')?.textContent).toBe('6');
    fixture.destroy();
    expect(chart.draw(series, span)).toBe(false); // no plot: nothing to draw into
  });

  it('builds a new plot when the colour scheme changes (its axes take the scheme\'s colours)', async () => {
    const fixture = TestBed.createComponent(ChartComponent);
    fixture.componentRef.setInput('series', [temp]);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const first = el.querySelector('.uplot');
    const plot = fixture.componentInstance['plot'];
    TestBed.inject(ThemeService).dark.set(true);
    await fixture.whenStable();
    expect(el.querySelectorAll('.uplot')).toHaveLength(1);
    expect(el.querySelector('.uplot')).not.toBe(first);
    expect(fixture.componentInstance['plot']).not.toBe(plot);
    fixture.destroy();
  });

  it('has a legend with statistics per series; entries toggle, drag zooms, double-click resets', async () => {
    const fixture = TestBed.createComponent(ChartComponent);
    fixture.componentRef.setInput('series', [temp, { ...power, visible: false }]);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const entries = [...el.querySelectorAll<HTMLButtonElement>('[data-testid=legend-entry]')];
    expect(entries.map((e) => e.getAttribute('aria-pressed'))).toEqual(['true', 'false']);
    expect(entries[1].textContent?.replace(/\s+/g, ' ').trim()).toBe('bob power.watts 2 points min 10 max 30 mean 20 last 30 at ' + new Date(4000).toLocaleTimeString());
    expect(el.querySelector('.plot')!.getAttribute('aria-label')).toContain('2 series');
    const chart = fixture.componentInstance;
    expect(chart['plot']!.series[2].show).toBe(false);

    const toggled: string[] = [];
    chart.toggle.subscribe((key) => toggled.push(key));
    entries[1].click();
    expect(toggled).toEqual(['b']);

    const zooms: [number, number][] = [];
    chart.zoom.subscribe((range) => zooms.push(range));
    const u = chart['plot']!;
    vi.spyOn(u, 'posToVal').mockImplementation((pos: number) => pos * 10);
    u.setSelect({ left: 5, top: 0, width: 20, height: 10 });
    expect(zooms).toEqual([[50, 250]]);

    let resets = 0;
    chart.reset.subscribe(() => resets++);
    u.over.dispatchEvent(new MouseEvent('dblclick'));
    expect(resets).toBe(1);
    fixture.destroy();
  });
});
