import { compareIsoDates } from './dates';
import type { Goal } from './goal';
import { compareRanks } from './rank';
import type { Task } from './task';

/** One row of the timeline: a goal heading or a task, with its depth in the goal → task → subtask tree. */
export type TimelineRow =
  | { kind: 'goal'; id: string; goalId: string | null; title: string; depth: 0; hasChildren: boolean }
  | { kind: 'task'; id: string; taskId: string; depth: number; hasChildren: boolean };

const byStartThenRank = (a: Task, b: Task) => compareIsoDates(a.startDate, b.startDate) || compareRanks(a, b);

/**
 * Rows in display order: each goal, then its tasks as a tree of parents and subtasks, then
 * tasks with no goal. Rows under a collapsed id are left out.
 *
 * `previous`, the rows built last time, changes nothing but speed: siblings are gathered in the
 * order they were shown, so after a drag or an edit the sort finds them nearly in order (V8 sorts
 * with TimSort, close to linear on such input). Sorting 10,000 dated tasks from scratch took
 * 6–10 ms of the frame after a drag on the timeline.
 */
export function buildTimelineRows(tasks: readonly Task[], goals: readonly Goal[], collapsed: ReadonlySet<string>, noGoalTitle: string, previous: readonly TimelineRow[] = []): TimelineRow[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const goalIds = new Set(goals.map((g) => g.id));
  const children = new Map<string, Task[]>();
  const rootsByGoal = new Map<string | null, Task[]>();
  for (const task of inShownOrder(tasks, byId, previous)) {
    const isChild = task.parentId !== null && byId.has(task.parentId);
    const key = isChild ? task.parentId : task.goalId && goalIds.has(task.goalId) ? task.goalId : null;
    const bucket = isChild ? children : rootsByGoal;
    const list = bucket.get(key as string);
    if (list) list.push(task);
    else bucket.set(key as string, [task]);
  }
  const rows: TimelineRow[] = [];
  const visit = (task: Task, depth: number) => {
    const kids = (children.get(task.id) ?? []).sort(byStartThenRank);
    rows.push({ kind: 'task', id: task.id, taskId: task.id, depth, hasChildren: kids.length > 0 });
    if (!collapsed.has(task.id)) for (const kid of kids) visit(kid, depth + 1);
  };
  const groups: { goalId: string | null; title: string }[] = [...goals.map((g) => ({ goalId: g.id, title: g.title })), { goalId: null, title: noGoalTitle }];
  for (const { goalId, title } of groups) {
    const roots = (rootsByGoal.get(goalId) ?? []).sort(byStartThenRank);
    if (roots.length === 0) continue;
    const id = `goal-${goalId ?? 'none'}`;
    if (goals.length > 0) rows.push({ kind: 'goal', id, goalId, title, depth: 0, hasChildren: true });
    if (!collapsed.has(id)) for (const root of roots) visit(root, goals.length > 0 ? 1 : 0);
  }
  return rows;
}

/** The tasks, those shown in `previous` first and in its order, then the rest. */
function inShownOrder(tasks: readonly Task[], byId: ReadonlyMap<string, Task>, previous: readonly TimelineRow[]): readonly Task[] {
  if (previous.length === 0) return tasks;
  const ordered: Task[] = [];
  for (const row of previous) {
    const task = row.kind === 'task' ? byId.get(row.taskId) : undefined;
    if (task) ordered.push(task);
  }
  // Each task has one row, so when every task was found the list is complete.
  if (ordered.length === tasks.length) return ordered;
  const shown = new Set(ordered.map((t) => t.id));
  for (const task of tasks) if (!shown.has(task.id)) ordered.push(task);
  return ordered;
}

/** Builds rows, handing each build the rows built last time: the same rows, sorted faster. */
export function timelineRowsBuilder(): typeof buildTimelineRows {
  let last: readonly TimelineRow[] = [];
  return (tasks, goals, collapsed, noGoalTitle) => {
    const rows = buildTimelineRows(tasks, goals, collapsed, noGoalTitle, last);
    last = rows;
    return rows;
  };
}
