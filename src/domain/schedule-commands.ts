import type { Patch } from './change-set';
import type { IsoDate } from './dates';
import { dependencySchema, type Dependency } from './dependency';
import type { EntityState } from './entities';
import { DomainError, validateRecord } from './errors';
import { reachableIds } from './graph-walk';
import { linksBySource } from './links-by-source';
import { buildSchedule, datesOf, propagateSchedule } from './schedule';
import type { Task } from './task';
import { updateTaskPatches } from './task-commands';

// Commands of the timeline. Each moves what the user touched and then lets the scheduler move
// the automatic tasks downstream, all in one change set (one undo step).

function planTasks(state: EntityState, planId: string): Task[] {
  return Object.values(state.tasks).filter((t) => t.planId === planId);
}
function planLinks(state: EntityState, planId: string): Dependency[] {
  return Object.values(state.dependencies).filter((d) => d.planId === planId);
}

/**
 * Patches that move every automatic task downstream of `changed` to where its links allow.
 * `movedByUser` already has its own patch (the bar the user dragged, given as it is now) and is
 * not patched again.
 */
function successorPatches(state: EntityState, planId: string, tasks: readonly Task[], links: readonly Dependency[], changed: string[], now: string, movedByUser: Task | null = null): Patch[] {
  const calendar = state.plans[planId]?.calendar;
  if (!calendar) throw new DomainError('not-found', 'plan not found');
  // The scheduler moves automatic tasks only: with none downstream, building the plan's whole
  // schedule (about 50 ms at 10,000 tasks) would find nothing to move.
  if (!automaticTaskDownstream(state, tasks, links, changed, movedByUser?.id ?? null)) return [];
  const schedule = buildSchedule(movedByUser ? tasks.map((t) => (t.id === movedByUser.id ? movedByUser : t)) : tasks, links, calendar);
  const placed = propagateSchedule(schedule, changed, movedByUser?.id ?? null);
  const patches: Patch[] = [];
  for (const [id, task] of placed) {
    if (task === schedule.byId.get(id) || id === movedByUser?.id) continue;
    if (state.tasks[id]) patches.push(...updateTaskPatches(state, id, datesOf(schedule, task), now));
  }
  return patches;
}

/** Whether an automatic task (other than `except`) is among `changed` or reachable from them by links. */
function automaticTaskDownstream(state: EntityState, tasks: readonly Task[], links: readonly Dependency[], changed: readonly string[], except: string | null): boolean {
  // A plan of manual tasks only (an imported schedule) has nothing to walk to.
  if (!tasks.some((t) => t.schedulingMode === 'auto' && t.id !== except)) return false;
  for (const id of reachableIds(changed, successorsIn(links))) if (id !== except && state.tasks[id]?.schedulingMode === 'auto') return true;
  return false;
}

/**
 * The task's plan's tasks and links, when the caller already has them (the store keeps them
 * per plan): picking them out of a workspace of 10,000 tasks was a third of a drag's command.
 */
export type KnownPlanRecords = { tasks?: readonly Task[]; links?: readonly Dependency[] };

/** Moves or resizes a task (a bar dragged on the timeline) and reschedules its successors. */
export function rescheduleTaskPatches(state: EntityState, taskId: string, startDate: IsoDate, dueDate: IsoDate, now: string, known: KnownPlanRecords = {}): Patch[] {
  const task = state.tasks[taskId];
  if (!task) throw new DomainError('not-found', 'task not found');
  const own = updateTaskPatches(state, taskId, { startDate, dueDate: task.isMilestone ? startDate : dueDate }, now);
  const moved = { ...task, startDate, dueDate: task.isMilestone ? startDate : dueDate };
  return [...own, ...successorPatches(state, task.planId, known.tasks ?? planTasks(state, task.planId), known.links ?? planLinks(state, task.planId), [taskId], now, moved)];
}

/** Links two tasks; a link that would close a loop is refused with the tasks it would loop through. */
export function addDependencyPatches(state: EntityState, input: Dependency, now: string): Patch[] {
  const link = validateRecord(dependencySchema, input);
  const from = state.tasks[link.fromId];
  const to = state.tasks[link.toId];
  if (!from || !to) throw new DomainError('not-found', 'task not found');
  if (from.planId !== link.planId || to.planId !== link.planId) throw new DomainError('invalid', 'both tasks must belong to this plan');
  const links = planLinks(state, link.planId);
  if (links.some((d) => d.fromId === link.fromId && d.toId === link.toId)) throw new DomainError('conflict', `${from.title} → ${to.title}`);
  if (reaches(links, link.toId, link.fromId)) throw new DomainError('cycle', `${from.title} → ${to.title} → … → ${from.title}`);
  const create: Patch = { table: 'dependencies', op: 'create', id: link.id, value: link };
  return [create, ...successorPatches(state, link.planId, planTasks(state, link.planId), [...links, link], [link.toId], now)];
}

export function updateDependencyPatches(state: EntityState, id: string, fields: Pick<Dependency, 'type' | 'lagDays'>, now: string): Patch[] {
  const current = state.dependencies[id];
  if (!current) throw new DomainError('not-found', 'dependency not found');
  const next = validateRecord(dependencySchema, { ...current, ...fields });
  const links = planLinks(state, current.planId).map((d) => (d.id === id ? next : d));
  const update: Patch = { table: 'dependencies', op: 'update', id, fields, previous: { type: current.type, lagDays: current.lagDays } };
  return [update, ...successorPatches(state, current.planId, planTasks(state, current.planId), links, [current.toId], now)];
}

export function removeDependencyPatches(state: EntityState, id: string): Patch[] {
  const current = state.dependencies[id];
  if (!current) throw new DomainError('not-found', 'dependency not found');
  return [{ table: 'dependencies', op: 'delete', id, previous: current }];
}

/** Whether `target` can be reached from `start` by following links forward. */
function reaches(links: readonly Dependency[], start: string, target: string): boolean {
  for (const id of reachableIds([start], successorsIn(links))) if (id === target) return true;
  return false;
}

/** The tasks each task's links lead to. */
function successorsIn(links: readonly Dependency[]): (id: string) => string[] {
  const bySource = linksBySource(links);
  return (id) => (bySource.get(id) ?? []).map((link) => link.toId);
}
