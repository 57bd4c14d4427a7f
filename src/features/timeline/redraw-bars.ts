import type Gantt from 'frappe-gantt';
import type { FrappeBar, FrappeTask } from 'frappe-gantt';
import { endBarHover } from './end-bar-hover';

/**
 * Redraws only the bars, when the rows in view changed but the chart's shape did not: the same
 * number of rows (so the same grid) and the same last row — the anchor that pins the date range.
 * frappe-gantt's refresh() also rebuilds its header, grid and every date column, most of its cost.
 *
 * A bar whose task is drawn exactly as before is kept and only moved to its new row: after a bar
 * is dragged at 10,000 tasks, the rows re-sort and every row in view shifts by one, and drawing
 * all ~64 bars anew took 13–23 ms of the frame after the drop. The others are drawn by
 * frappe-gantt's own make_bars (frappe-gantt 1.2.2, pinned in package.json).
 * Returns the bars drawn anew (their labels still need placing), or null when a full refresh is needed.
 */
export function redrawBars(chart: Gantt, tasks: FrappeTask[]): FrappeBar[] | null {
  const drawn = chart.tasks;
  const [before, after] = [drawn.at(-1), tasks.at(-1)];
  if (drawn.length !== tasks.length || !before || !after || before.id !== after.id || before.start !== after.start || before.end !== after.end) return null;
  const drawnBars = new Map(chart.bars.map((bar) => [bar.task.id, bar]));
  chart.setup_tasks(tasks);
  const kept = new Map<string, FrappeBar>();
  const fresh: FrappeTask[] = [];
  for (const task of chart.tasks) {
    const bar = drawnBars.get(task.id);
    if (bar && drawnAlike(bar.task, task)) {
      drawnBars.delete(task.id);
      moveToRow(bar, task);
      kept.set(task.id, bar);
    } else fresh.push(task);
  }
  for (const gone of drawnBars.values()) {
    endBarHover([gone.group]);
    gone.group.remove();
    // Each bar adds a date highlight to the header; frappe-gantt removes them only on refresh().
    gone.$date_highlight?.remove();
  }
  const all = chart.tasks;
  chart.tasks = fresh;
  chart.make_bars();
  const made = chart.bars;
  chart.tasks = all;
  const madeById = new Map(made.map((bar) => [bar.task.id, bar]));
  chart.bars = all.map((task) => (kept.get(task.id) ?? madeById.get(task.id)) as FrappeBar);
  // We hand frappe-gantt no dependencies, so this only resets its (empty) arrow bookkeeping.
  chart.layers.arrow.replaceChildren();
  chart.make_arrows();
  chart.map_arrows_on_bars();
  return made;
}

/**
 * Whether a bar already shows this task: same label, class and progress, and the same dates as
 * it is drawn now (a drag moves the drawn dates, `_start`/`_end`, before any new task arrives).
 */
function drawnAlike(shown: FrappeTask, next: FrappeTask): boolean {
  return shown.name === next.name && shown.custom_class === next.custom_class && shown.progress === next.progress
    && Number(shown._start) === Number(next._start) && Number(shown._end) === Number(next._end);
}

/** Moves a kept bar to its task's row: every vertical position in its group shifts by as much. */
function moveToRow(bar: FrappeBar, task: FrappeTask): void {
  const y = bar.y;
  bar.task = task;
  bar.compute_y();
  const shift = bar.y - y;
  if (shift === 0) return;
  for (const name of ['y', 'cy']) {
    for (const element of bar.group.querySelectorAll(`[${name}]`)) element.setAttribute(name, String(Number(element.getAttribute(name)) + shift));
  }
}
