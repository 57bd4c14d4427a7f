import type { KeyboardEvent } from 'react';
import { addDays } from '../../domain/dates';
import type { TimelineRow } from '../../domain/timeline-rows';
import { getOpsStore, useOpsActions } from '../../store/bound-store';
import { TIMELINE_ZOOMS } from '../../store/ops-state';

export type TimelineKeyboard = { onKeyDown: (event: KeyboardEvent) => void };

/**
 * The timeline without a mouse: ↑/↓ select a row, Alt+←/→ move the selected bar a day,
 * Alt+Shift+←/→ change its end, +/− zoom, Enter opens the task, Escape deselects it (and closes its details).
 */
export function useTimelineKeyboard(rows: readonly TimelineRow[], _planId: string, scrollBy: (rows: number) => void): TimelineKeyboard {
  const actions = useOpsActions();
  return {
    onKeyDown: (event) => {
      const state = getOpsStore().getState();
      const taskRows = rows.filter((r): r is Extract<TimelineRow, { kind: 'task' }> => r.kind === 'task');
      const index = taskRows.findIndex((r) => r.taskId === state.ui.selectedTaskId);
      const task = state.ui.selectedTaskId ? state.data.tasks[state.ui.selectedTaskId] : undefined;
      const zoomIndex = TIMELINE_ZOOMS.indexOf(state.ui.timelineZoom);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const next = taskRows[Math.min(taskRows.length - 1, Math.max(0, index + step))];
        if (next) {
          actions.selectTask(next.taskId);
          scrollBy(step);
        }
      } else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && event.altKey && task?.startDate && task.dueDate) {
        const days = event.key === 'ArrowRight' ? 1 : -1;
        if (event.shiftKey) {
          const due = addDays(task.dueDate, days);
          if (due >= task.startDate) actions.rescheduleTask(task.id, task.startDate, due);
        } else actions.rescheduleTask(task.id, addDays(task.startDate, days), addDays(task.dueDate, days));
      } else if (event.key === '+' || event.key === '=') {
        actions.setTimelineZoom(TIMELINE_ZOOMS[Math.max(0, zoomIndex - 1)] ?? 'day');
      } else if (event.key === '-') {
        actions.setTimelineZoom(TIMELINE_ZOOMS[Math.min(TIMELINE_ZOOMS.length - 1, zoomIndex + 1)] ?? 'year');
      } else if (event.key === 'Enter' && task) {
        actions.openTaskEditor(task.id);
      } else if (event.key === 'Escape' && task) {
        actions.selectTask(null);
      } else return;
      event.preventDefault();
    },
  };
}
