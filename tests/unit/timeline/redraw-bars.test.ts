import Gantt, { type FrappeTask } from 'frappe-gantt';
import { describe, expect, it } from 'vitest';
import { redrawBars } from '../../../src/features/timeline/redraw-bars';

const task = (id: string, start: string, end: string, progress = 0): FrappeTask => ({ id, name: id, start, end, progress, dependencies: '' });
const anchor = task('anchor', '2026-03-01', '2026-03-31');
const copies = (tasks: FrappeTask[]) => tasks.map((t) => ({ ...t }));

function chartOf(tasks: FrappeTask[]): Gantt {
  const host = document.createElement('div');
  document.body.append(host);
  return new Gantt(host, copies(tasks), { view_mode: 'Day', popup: false, today_button: false, view_mode_select: false, scroll_to: null, infinite_padding: false, holidays: null });
}
const groupOf = (chart: Gantt, id: string) => chart.$svg.querySelector(`.bar-wrapper[data-id="${id}"]`);
const yOf = (chart: Gantt, id: string) => Number(groupOf(chart, id)?.querySelector('.bar')?.getAttribute('y'));

describe('redrawing the bars in view', () => {
  it('keeps the bars drawn as before, moved to their new rows, and draws only the changed one anew', () => {
    const chart = chartOf([task('a', '2026-03-02', '2026-03-04'), task('b', '2026-03-05', '2026-03-06'), task('c', '2026-03-09', '2026-03-10'), anchor]);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => groupOf(chart, id));
    const [rowA, rowB] = [yOf(chart, 'a'), yOf(chart, 'b')];

    // 'a' was dragged later and now sorts last: 'b' and 'c' move up a row.
    const made = redrawBars(chart, copies([task('b', '2026-03-05', '2026-03-06'), task('c', '2026-03-09', '2026-03-10'), task('a', '2026-03-12', '2026-03-14'), anchor]));

    expect(made?.map((bar) => bar.task.id)).toEqual(['a']);
    expect(groupOf(chart, 'b')).toBe(b);
    expect(groupOf(chart, 'c')).toBe(c);
    expect(groupOf(chart, 'a')).not.toBe(a);
    expect(yOf(chart, 'b')).toBe(rowA);
    expect(yOf(chart, 'c')).toBe(rowB);
    expect(Number(groupOf(chart, 'b')?.querySelector('.bar-label')?.getAttribute('y'))).toBe(rowA + chart.options.bar_height / 2);
    expect(chart.bars.map((bar) => bar.task.id)).toEqual(['b', 'c', 'a', 'anchor']);
    // One date highlight per bar in the header: those of bars drawn away are gone.
    expect(chart.$container.querySelectorAll('.date-range-highlight')).toHaveLength(4);
  });

  it('draws a bar anew when its progress changed, and leaves a change of shape to a full refresh', () => {
    const chart = chartOf([task('a', '2026-03-02', '2026-03-04'), anchor]);
    expect(redrawBars(chart, copies([task('a', '2026-03-02', '2026-03-04', 50), anchor]))?.map((bar) => bar.task.id)).toEqual(['a']);
    expect(redrawBars(chart, copies([task('a', '2026-03-02', '2026-03-04', 50), anchor]))).toEqual([]);
    expect(redrawBars(chart, copies([task('a', '2026-03-02', '2026-03-04'), task('b', '2026-03-05', '2026-03-06'), anchor]))).toBeNull();
    expect(redrawBars(chart, copies([task('a', '2026-03-02', '2026-03-04'), { ...anchor, end: '2026-04-30' }]))).toBeNull();
  });
});
