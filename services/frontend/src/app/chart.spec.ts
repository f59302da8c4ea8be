import { TestBed } from '@angular/core/testing';
import { ChartComponent } from './chart';

describe('ChartComponent', () => {
  it('draws a uPlot chart, describes it for screen readers and redraws in place', async () => {
    const fixture = TestBed.createComponent(ChartComponent);
    performance.clearMarks('chart-drawn');
    fixture.componentRef.setInput('label', 'temp.value');
    fixture.componentRef.setInput('data', { x: [1, 2, 3], y: [1, null, 3] });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const plot = el.querySelector('.plot')!;
    expect(plot.getAttribute('role')).toBe('img');
    expect(plot.getAttribute('aria-label')).toBe('Line chart of temp.value: 3 points, from 1 to 3, last 3');
    expect(el.querySelectorAll('.uplot')).toHaveLength(1);
    expect(el.querySelector('[data-testid=last-value]')?.textContent).toBe('3');
    await new Promise((resolve) => setTimeout(resolve)); // uPlot draws in a microtask
    const marks = performance.getEntriesByName('chart-drawn') as PerformanceMark[];
    expect(marks.at(-1)?.detail).toEqual({ points: 3 });

    const first = el.querySelector('.uplot');
    fixture.componentRef.setInput('data', { x: [1, 2, 3, 4], y: [1, 2, 3, 4] });
    await fixture.whenStable();
    expect(el.querySelector('.uplot')).toBe(first); // same plot, new data
    expect(el.querySelector('figcaption')?.textContent).toContain('4 points');

    fixture.componentRef.setInput('window', [0, 100]);
    await fixture.whenStable();
    expect(fixture.componentInstance['plot']?.scales['x']).toMatchObject({ min: 0, max: 100 });

    fixture.componentRef.setInput('label', 'other.value');
    await fixture.whenStable();
    expect(el.querySelectorAll('.uplot')).toHaveLength(1);
    expect(el.querySelector('.uplot')).not.toBe(first); // a new series gets a new plot
    fixture.destroy();
    expect(el.querySelectorAll('.uplot')).toHaveLength(0);
  });
});
