import type Gantt from 'frappe-gantt';
import type { FrappeTask } from 'frappe-gantt';

/**
 * Redraws only the bars, when the rows in view changed but the chart's shape did not: the same
 * number of rows (so the same grid) and the same last row — the anchor that pins the date range.
 * frappe-gantt's refresh() also rebuilds its header, grid and every date column, most of its cost;
 * these are the bar steps of its own render() (frappe-gantt 1.2.2, pinned in package.json).
 * Returns false when a full refresh is needed.
 */
export function redrawBars(chart: Gantt, tasks: FrappeTask[]): boolean {
  const drawn = chart.tasks;
  const [before, after] = [drawn.at(-1), tasks.at(-1)];
  if (drawn.length !== tasks.length || !before || !after || before.id !== after.id || before.start !== after.start || before.end !== after.end) return false;
  chart.setup_tasks(tasks);
  chart.layers.bar.replaceChildren();
  chart.layers.arrow.replaceChildren();
  chart.make_bars();
  chart.make_arrows();
  chart.map_arrows_on_bars();
  return true;
}
