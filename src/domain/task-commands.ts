import { diffUpdate, type Patch } from './change-set';
import type { EntityState } from './entities';
import { DomainError, invalidField, validateRecord } from './errors';
import type { IdFactory } from './ids';
import { compareRanks, rankBetween } from './rank';
import { nextOccurrence } from './recurrence';
import { taskEditIssue, taskSchema, type Task } from './task';
import { buildTask, type NewTaskInput } from './task-factory';

// Pure commands over tasks: each returns the patches of one user action, or throws a DomainError.

export function createTaskPatches(state: EntityState, input: NewTaskInput): Patch[] {
  if (!state.plans[input.planId]) throw new DomainError('not-found', 'plan not found');
  if (!state.columns[input.columnId]) throw new DomainError('not-found', 'column not found');
  const task = validateRecord(taskSchema, buildTask(input));
  return [{ table: 'tasks', op: 'create', id: task.id, value: task }];
}

/** Rank for a task placed first in a column (quick add puts new work at the top). */
export function rankAtColumnTop(state: EntityState, columnId: string): string {
  let first: Task | null = null;
  for (const task of Object.values(state.tasks)) {
    if (task.columnId === columnId && (!first || compareRanks(task, first) < 0)) first = task;
  }
  return rankBetween(null, first?.rank ?? null);
}

/**
 * Edits a task. Moving it between kinds of column stamps when work started and finished; finishing
 * a repeating task also creates its next occurrence (which needs `newId`).
 */
export function updateTaskPatches(state: EntityState, taskId: string, fields: Partial<Task>, now: string, newId?: IdFactory): Patch[] {
  const current = requireTask(state, taskId);
  const statusChange = statusFields(state, current, fields.columnId, now);
  const finishesRepeating = statusChange.completedAt && current.recurrence && newId;
  const withStatus = { ...fields, ...statusChange, ...(finishesRepeating ? { recurrence: null } : {}) };
  const issue = taskEditIssue(current, withStatus);
  if (issue) throw invalidField(issue.field, issue.message);
  if (withStatus.parentId) assertNoParentCycle(state, taskId, withStatus.parentId);
  const patch = diffUpdate('tasks', current, withStatus);
  const patches = patch ? [patch] : [];
  if (finishesRepeating) patches.push(...nextOccurrencePatches(state, current, now, newId));
  return patches;
}

/** The next occurrence goes to the top of the plan's first to-do column, where new work arrives. */
function nextOccurrencePatches(state: EntityState, task: Task, now: string, newId: IdFactory): Patch[] {
  const columns = Object.values(state.columns).filter((c) => c.planId === task.planId).sort(compareRanks);
  const column = columns.find((c) => c.category === 'todo') ?? columns[0];
  if (!column) return [];
  const next = validateRecord(taskSchema, nextOccurrence(task, { id: newId('task'), columnId: column.id, rank: rankAtColumnTop(state, column.id), now, newId }));
  const patches: Patch[] = [{ table: 'tasks', op: 'create', id: next.id, value: next }];
  // Links that point into the finished occurrence are the recurring work's; carry them over.
  for (const dep of Object.values(state.dependencies)) {
    if (dep.toId !== task.id) continue;
    const id = newId('dep');
    patches.push({ table: 'dependencies', op: 'create', id, value: { ...dep, id, toId: next.id } });
  }
  return patches;
}

export type MoveTarget = {
  columnId: string;
  /** The visible neighbours at the drop position; hidden (filtered) tasks may lie between them. */
  beforeId: string | null;
  afterId: string | null;
  /** Fields a swimlane implies (dropping into another owner's lane reassigns the task). */
  laneFields?: Partial<Pick<Task, 'ownerId' | 'priority' | 'goalId'>>;
};

/** Moving a card writes one row: its column, its rank between the neighbours, and any lane fields. */
export function moveTaskPatches(state: EntityState, taskId: string, target: MoveTarget, now: string, newId?: IdFactory): Patch[] {
  if (!state.columns[target.columnId]) throw new DomainError('not-found', 'column not found');
  const before = target.beforeId ? state.tasks[target.beforeId] : undefined;
  const after = target.afterId ? state.tasks[target.afterId] : undefined;
  const rank = rankBetween(before?.rank ?? null, after?.rank ?? null);
  return updateTaskPatches(state, taskId, { columnId: target.columnId, rank, ...target.laneFields }, now, newId);
}

/** Deletes a task and everything that points at it: its links, its children's parent, risk and KPI links. */
export function deleteTaskPatches(state: EntityState, taskId: string): Patch[] {
  const task = requireTask(state, taskId);
  const patches: Patch[] = [];
  for (const child of Object.values(state.tasks)) {
    if (child.parentId === taskId) patches.push({ table: 'tasks', op: 'update', id: child.id, fields: { parentId: null }, previous: { parentId: taskId } });
  }
  for (const dep of Object.values(state.dependencies)) {
    if (dep.fromId === taskId || dep.toId === taskId) patches.push({ table: 'dependencies', op: 'delete', id: dep.id, previous: dep });
  }
  for (const risk of Object.values(state.risks)) {
    if (risk.taskIds.includes(taskId)) {
      patches.push({ table: 'risks', op: 'update', id: risk.id, fields: { taskIds: risk.taskIds.filter((id) => id !== taskId) }, previous: { taskIds: risk.taskIds } });
    }
  }
  for (const kpi of Object.values(state.kpis)) {
    if (kpi.taskIds.includes(taskId)) {
      patches.push({ table: 'kpis', op: 'update', id: kpi.id, fields: { taskIds: kpi.taskIds.filter((id) => id !== taskId) }, previous: { taskIds: kpi.taskIds } });
    }
  }
  patches.push({ table: 'tasks', op: 'delete', id: taskId, previous: task });
  return patches;
}

function requireTask(state: EntityState, taskId: string): Task {
  const task = state.tasks[taskId];
  if (!task) throw new DomainError('not-found', 'task not found');
  return task;
}

/**
 * Leaving to-do stamps the start of work and entering done stamps completion; going back clears
 * them, so cycle time, cumulative flow and on-time rate count what really happened.
 */
function statusFields(state: EntityState, task: Task, nextColumnId: string | undefined, now: string): Partial<Task> {
  if (!nextColumnId || nextColumnId === task.columnId) return {};
  const from = state.columns[task.columnId]?.category;
  const to = state.columns[nextColumnId]?.category;
  if (!to || from === to) return {};
  const fields: Partial<Task> = {};
  if (to === 'done') fields.completedAt = now;
  else if (from === 'done') fields.completedAt = null;
  if (to === 'todo') fields.startedAt = null;
  else if (!task.startedAt) fields.startedAt = now;
  return fields;
}

function assertNoParentCycle(state: EntityState, taskId: string, parentId: string): void {
  const seen = new Set<string>([taskId]);
  for (let id: string | null = parentId; id; id = state.tasks[id]?.parentId ?? null) {
    if (seen.has(id)) throw new DomainError('cycle', 'a task cannot be nested under its own subtask', 'parentId');
    seen.add(id);
  }
}
