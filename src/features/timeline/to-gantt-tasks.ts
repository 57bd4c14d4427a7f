import type { FrappeTask } from 'frappe-gantt';
import { taskSpan } from '../../domain/schedule';
import type { Task } from '../../domain/task';
import type { DateRange } from '../../domain/timeline-range';
import type { TimelineRow } from '../../domain/timeline-rows';

export const ANCHOR_ID = 'op-anchor';
export const SPACER_CLASS = 'op-spacer';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** frappe-gantt writes bar labels as HTML markup, not as text: every piece of user text is escaped first. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * The rows in view as frappe-gantt tasks, one per row so bars line up with the grid: goal
 * headings and undated tasks become invisible spacers. A last invisible anchor spans the whole
 * plan, so the chart's date range does not jump as different rows scroll into view.
 */
export function toGanttTasks(rows: readonly TimelineRow[], tasksById: Readonly<Record<string, Task>>, range: DateRange): FrappeTask[] {
  const spacer = (id: string): FrappeTask => ({ id: `op-spacer-${id}`, name: '', start: range.start, end: range.start, progress: 0, dependencies: '', custom_class: SPACER_CLASS });
  const bars = rows.map((row): FrappeTask => {
    const task = row.kind === 'task' ? tasksById[row.taskId] : undefined;
    const span = task ? taskSpan(task) : null;
    if (!task || !span) return spacer(row.id);
    return {
      id: task.id,
      name: escapeHtml(task.title),
      start: span.start,
      end: task.isMilestone ? span.start : span.due,
      progress: task.progress,
      dependencies: '',
      custom_class: task.isMilestone ? 'op-milestone' : 'op-task',
    };
  });
  return [...bars, { id: ANCHOR_ID, name: '', start: range.start, end: range.end, progress: 0, dependencies: '', custom_class: SPACER_CLASS }];
}
