import type { Patch } from './change-set';
import { addDays, diffDays, startOfNextMonth, startOfWeek, type IsoDate } from './dates';
import type { EntityState } from './entities';
import { DomainError, validateRecord } from './errors';
import { goalSchema, type Goal } from './goal';
import type { IdFactory } from './ids';
import { rankBetween } from './rank';
import { updateRecordPatches } from './record-commands';
import { buildTask } from './task-factory';
import type { Task } from './task';

export function createGoalPatches(state: EntityState, input: Goal): Patch[] {
  if (!state.plans[input.planId]) throw new DomainError('not-found', 'plan not found');
  const goal = validateRecord(goalSchema, input);
  return [{ table: 'goals', op: 'create', id: goal.id, value: goal }];
}

export const updateGoalPatches = (state: EntityState, id: string, fields: Partial<Goal>): Patch[] => updateRecordPatches(state, 'goals', id, fields);

/** Deletes a goal; its tasks stay, without a goal. */
export function deleteGoalPatches(state: EntityState, id: string): Patch[] {
  const goal = state.goals[id];
  if (!goal) throw new DomainError('not-found', 'goal not found');
  const patches: Patch[] = Object.values(state.tasks)
    .filter((t) => t.goalId === id)
    .map((t) => ({ table: 'tasks', op: 'update', id: t.id, fields: { goalId: null }, previous: { goalId: id } }));
  patches.push({ table: 'goals', op: 'delete', id, previous: goal });
  return patches;
}

export type BreakdownLevel = 'month' | 'week' | 'day';
export type BreakdownLabels = { month: (n: number) => string; week: (n: number) => string; day: (date: IsoDate) => string };
export type BreakdownOptions = { from: IsoDate; to: IsoDate; levels: BreakdownLevel[]; columnId: string; now: string; newId: IdFactory; labels: BreakdownLabels };

const MAX_BREAKDOWN_TASKS = 500;

/**
 * Breaks a goal into the seeds' monthly → weekly → daily tasks between two dates: each level's
 * tasks are children of the level above, dated to their period, tied to the goal.
 */
export function breakdownGoalPatches(state: EntityState, goalId: string, options: BreakdownOptions): Patch[] {
  const goal = state.goals[goalId];
  if (!goal) throw new DomainError('not-found', 'goal not found');
  if (options.to < options.from) throw new DomainError('invalid', 'the end date is before the start date', 'to');
  const levels = (['month', 'week', 'day'] as const).filter((l) => options.levels.includes(l));
  if (levels.length === 0) throw new DomainError('invalid', 'choose at least one level', 'levels');
  const tasks: Task[] = [];
  let rank: string | null = null;
  const make = (title: string, start: IsoDate, end: IsoDate, parentId: string | null, level: BreakdownLevel) => {
    rank = rankBetween(rank, null);
    const task = buildTask({
      id: options.newId('task'), planId: goal.planId, columnId: options.columnId, rank, title, createdAt: options.now,
      startDate: start, dueDate: end, parentId, goalId, ownerId: goal.ownerId, term: level === 'month' ? 'mid' : 'short',
    });
    tasks.push(task);
    if (tasks.length > MAX_BREAKDOWN_TASKS) throw new DomainError('invalid', `more than ${MAX_BREAKDOWN_TASKS} tasks: choose a shorter period or fewer levels`, 'levels');
    return task;
  };
  const split = (start: IsoDate, end: IsoDate, depth: number, parentId: string | null) => {
    const level = levels[depth];
    if (!level) return;
    for (const [index, [s, e]] of periods(level, start, end).entries()) {
      const title = level === 'month' ? options.labels.month(index + 1) : level === 'week' ? options.labels.week(index + 1) : options.labels.day(s);
      split(s, e, depth + 1, make(title, s, e, parentId, level).id);
    }
  };
  split(options.from, options.to, 0, null);
  return tasks.map((task) => ({ table: 'tasks', op: 'create', id: task.id, value: task }));
}

/** Consecutive periods covering [start, end], cut at month starts, Mondays, or every day. */
function periods(level: BreakdownLevel, start: IsoDate, end: IsoDate): [IsoDate, IsoDate][] {
  const result: [IsoDate, IsoDate][] = [];
  let cursor = start;
  while (cursor <= end && result.length <= MAX_BREAKDOWN_TASKS) {
    let next: IsoDate;
    if (level === 'day') next = addDays(cursor, 1);
    else if (level === 'week') next = addDays(startOfWeek(cursor), 7);
    else next = startOfNextMonth(cursor);
    const last = diffDays(next, end) >= 0 ? addDays(next, -1) : end;
    result.push([cursor, last < end ? last : end]);
    cursor = next;
  }
  return result;
}
