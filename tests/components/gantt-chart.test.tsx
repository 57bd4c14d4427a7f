import { render, screen } from '@testing-library/react';
import type Gantt from 'frappe-gantt';
import type { FrappeTask } from 'frappe-gantt';
import { describe, expect, it, vi } from 'vitest';
import { GanttChart } from '../../src/features/timeline/gantt-chart';
import type { TimelineZoom } from '../../src/store/ops-state';

const tasks: FrappeTask[] = [
  { id: 'a', name: 'Draft the brief', start: '2026-03-02', end: '2026-03-04', progress: 0, dependencies: '' },
  { id: 'b', name: 'Review the brief', start: '2026-03-05', end: '2026-03-06', progress: 0, dependencies: '' },
];

function chartAt(zoom: TimelineZoom, decorate: (gantt: Gantt) => void, place = { height: 400, offsetY: 0 }, label = 'Gantt chart', language = 'en') {
  return <GanttChart tasks={tasks} zoom={zoom} language={language} label={label} height={place.height} offsetY={place.offsetY} onReschedule={vi.fn()} onProgress={vi.fn()} onSelect={vi.fn()} decorate={decorate} />;
}

describe('the chart under the timeline', () => {
  it('draws our layer once on a change of zoom, over the chart drawn at the new zoom', () => {
    const { rerender } = render(chartAt('day', vi.fn()));
    // The timeline's layer callback changes with the zoom (its day shading depends on it).
    const drawnAt: string[] = [];
    const decorateForWeeks = vi.fn((gantt: Gantt) => drawnAt.push(gantt.config.view_mode.name));
    rerender(chartAt('week', decorateForWeeks));
    expect(drawnAt).toEqual(['Week']);
  });

  it('opens at the zoom it is given, with our layer drawn over that zoom', () => {
    const drawnAt: string[] = [];
    const { container } = render(chartAt('month', (gantt) => drawnAt.push(gantt.config.view_mode.name)));
    expect(drawnAt).toEqual(['Month']);
    expect([...container.querySelectorAll('.lower-text')].map((label) => label.textContent)).toContain('Mar');
  });

  it('writes the dates of its header in the language of the interface, also after a switch, and draws our layer over them once', () => {
    const { container, rerender } = render(chartAt('month', vi.fn()));
    const monthLabels = () => [...container.querySelectorAll('.lower-text')].map((label) => label.textContent);
    expect(monthLabels()).toContain('Mar');
    const drawnAt: string[] = [];
    const decorateInChinese = vi.fn((gantt: Gantt) => drawnAt.push(gantt.config.view_mode.name));
    rerender(chartAt('month', decorateInChinese, undefined, '甘特条形图', 'zh-CN'));
    expect(monthLabels()).toContain('3月');
    expect(monthLabels()).not.toContain('Mar');
    expect(drawnAt).toEqual(['Month']);
  });

  it('is a region the keyboard reaches, named in the language of the interface, also after a switch', () => {
    const { rerender } = render(chartAt('day', vi.fn()));
    expect(screen.getByRole('region', { name: 'Gantt chart' })).toHaveAttribute('tabindex', '0');
    rerender(chartAt('day', vi.fn(), undefined, '甘特条形图'));
    expect(screen.getByRole('region', { name: '甘特条形图' })).toHaveAttribute('tabindex', '0');
  });

  it('gives its height to the scrolling container and its offset to the drawing, not to everything in them', () => {
    const { container, rerender } = render(chartAt('day', vi.fn()));
    const host = container.querySelector<HTMLElement>('.gantt-host')!;
    const scroller = host.querySelector<HTMLElement>('.gantt-container')!;
    const drawing = host.querySelector<SVGSVGElement>('svg.gantt')!;
    rerender(chartAt('day', vi.fn(), { height: 640, offsetY: 24 }));
    expect(scroller.style.height).toBe('640px');
    expect(drawing.style.transform).toBe('translateY(-24px)');
    // Inherited custom properties would restyle every element of the chart at each change.
    expect(host.getAttribute('style')).toBeNull();
    rerender(chartAt('day', vi.fn(), { height: 640, offsetY: 0 }));
    expect(drawing.style.transform).toBe('');
  });
});
