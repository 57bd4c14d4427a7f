import { layoutBoard, type BoardCells } from '../domain/board-layout';
import { taskMatcher } from '../domain/board-filters';
import { PRIORITIES, type Task } from '../domain/task';
import { memoizeInputs, memoizeLast } from './memoize-last';
import type { OpsState } from './ops-state';
import { selectPlanColumns } from './plan-selectors';

const tasksByPlan = memoizeLast((state: OpsState) => state.data.tasks, (tasks) => {
  const byPlan = new Map<string, Task[]>();
  for (const task of Object.values(tasks)) {
    const list = byPlan.get(task.planId);
    if (list) list.push(task);
    else byPlan.set(task.planId, [task]);
  }
  return byPlan;
});

const NO_TASKS: Task[] = [];
export function selectPlanTasks(state: OpsState, planId: string): Task[] {
  return tasksByPlan(state).get(planId) ?? NO_TASKS;
}

/** The board of the active plan: visible ids per (column, lane) cell, after filters and swimlanes. */
export const selectBoardCells = memoizeInputs(
  (s: OpsState) => {
    const planId = s.ui.activePlanId ?? '';
    return [selectPlanTasks(s, planId), selectPlanColumns(s, planId), s.ui.filters, s.ui.swimlaneBy, s.ui.today, s.data.plans[planId], s.data.goals] as const;
  },
  ([tasks, columns, filters, by, today, plan, goals]): BoardCells => {
    const doneColumns = new Set(columns.filter((c) => c.category === 'done').map((c) => c.id));
    const visible = taskMatcher(filters, today, (id) => doneColumns.has(id));
    const laneOrder =
      by === 'owner' ? [...(plan?.memberIds ?? []), 'none']
      : by === 'priority' ? [...PRIORITIES]
      : by === 'goal' ? [...Object.values(goals).filter((g) => g.planId === plan?.id).map((g) => g.id), 'none']
      : [];
    return layoutBoard(tasks, columns, visible, by, laneOrder);
  },
);

const EMPTY_CELL: string[] = [];
export function selectCellTaskIds(state: OpsState, key: string): string[] {
  return selectBoardCells(state).cells.get(key) ?? EMPTY_CELL;
}

/** Tags used in the active plan, for the tag filter. */
export const selectPlanTags = memoizeInputs(
  (s: OpsState) => [selectPlanTasks(s, s.ui.activePlanId ?? '')] as const,
  ([tasks]) => [...new Set(tasks.flatMap((t) => t.tags))].sort(),
);
