import type { WorkCalendar } from './calendar';
import type { IsoDate } from './dates';
import type { Dependency } from './dependency';
import { DomainError } from './errors';
import { reachableIds } from './graph-walk';
import type { Task } from './task';
import { createWorkingDayAxis, type WorkingDayAxis } from './working-day-axis';

/** A task placed on the working-day axis: it occupies [start, start + duration). Milestones last 0. */
export type ScheduledTask = { id: string; start: number; duration: number; isAuto: boolean };

export type Schedule = {
  axis: WorkingDayAxis;
  /** Tasks with dates, in an order where every predecessor comes before its successors. */
  order: string[];
  /** Each task's index in `order`. */
  positions: Map<string, number>;
  byId: Map<string, ScheduledTask>;
  /** Links between scheduled tasks, by successor. */
  predecessors: Map<string, Dependency[]>;
  successors: Map<string, Dependency[]>;
};

/** The earliest start a link allows its successor (exclusive finish indices, lag in working days). */
export function earliestStartAllowed(link: Dependency, pred: ScheduledTask, succDuration: number): number {
  const predFinish = pred.start + pred.duration;
  switch (link.type) {
    case 'FS': return predFinish + link.lagDays;
    case 'SS': return pred.start + link.lagDays;
    case 'FF': return predFinish + link.lagDays - succDuration;
    case 'SF': return pred.start + link.lagDays - succDuration;
  }
}

/** Tasks with at least one date take part in scheduling; a lone date makes a one-day task. */
export function taskSpan(task: Pick<Task, 'startDate' | 'dueDate'>): { start: IsoDate; due: IsoDate } | null {
  const start = task.startDate ?? task.dueDate;
  const due = task.dueDate ?? task.startDate;
  return start && due ? { start, due } : null;
}

/** One task on the axis: from its first working day, through the last working day of its span. */
export function placeTask(axis: WorkingDayAxis, task: Pick<Task, 'id' | 'isMilestone' | 'schedulingMode'>, span: { start: IsoDate; due: IsoDate }): ScheduledTask {
  const start = axis.indexOnOrAfter(span.start);
  const duration = task.isMilestone ? 0 : Math.max(1, axis.indexOnOrBefore(span.due) - start + 1);
  return { id: task.id, start, duration, isAuto: task.schedulingMode !== 'manual' };
}

/**
 * Places tasks on the calendar and orders them topologically. Throws a DomainError naming the
 * tasks of a dependency loop — a loop has no schedule, and must never reach the chart.
 */
export function buildSchedule(tasks: readonly Task[], dependencies: readonly Dependency[], calendar: WorkCalendar): Schedule {
  // Two passes over the tasks, the first for the axis's origin: working out a span again is
  // cheaper than keeping 10,000 of them in a map between the passes.
  let origin: IsoDate | null = null;
  for (const task of tasks) {
    const start = taskSpan(task)?.start;
    if (start && (!origin || start < origin)) origin = start;
  }
  const axis = createWorkingDayAxis(calendar, origin ?? '2000-01-01');
  const byId = new Map<string, ScheduledTask>();
  for (const task of tasks) {
    const span = taskSpan(task);
    if (span) byId.set(task.id, placeTask(axis, task, span));
  }

  const predecessors = new Map<string, Dependency[]>();
  const successors = new Map<string, Dependency[]>();
  for (const link of dependencies) {
    if (!byId.has(link.fromId) || !byId.has(link.toId)) continue;
    appendTo(predecessors, link.toId, link);
    appendTo(successors, link.fromId, link);
  }
  const order = topologicalOrder(byId, predecessors, successors, tasks);
  const positions = new Map<string, number>();
  for (let i = 0; i < order.length; i++) positions.set(order[i] as string, i);
  return { axis, order, positions, byId, predecessors, successors };
}

/** Adds a link to a task's list, in place: the lists are built here and shared only once built. */
function appendTo(lists: Map<string, Dependency[]>, id: string, link: Dependency): void {
  const list = lists.get(id);
  if (list) list.push(link);
  else lists.set(id, [link]);
}

function topologicalOrder(byId: Map<string, ScheduledTask>, predecessors: Map<string, Dependency[]>, successors: Map<string, Dependency[]>, tasks: readonly Task[]): string[] {
  // Kahn's algorithm: the queue is the order. Only tasks with predecessors have a count left.
  const remaining = new Map<string, number>();
  const order: string[] = [];
  for (const id of byId.keys()) {
    const count = predecessors.get(id)?.length ?? 0;
    if (count === 0) order.push(id);
    else remaining.set(id, count);
  }
  for (let i = 0; i < order.length; i++) {
    const links = successors.get(order[i] as string);
    if (!links) continue;
    for (const link of links) {
      const left = (remaining.get(link.toId) as number) - 1;
      remaining.set(link.toId, left);
      if (left === 0) order.push(link.toId);
    }
  }
  if (order.length < byId.size) throw new DomainError('cycle', describeLoop(remaining, predecessors, tasks));
  return order;
}

/**
 * One loop among the tasks the order could not take, in link order and closed ("A → B → C →
 * A"), so the user knows which link to remove. Tasks only downstream of a loop are left out too,
 * and are not named. Each task left has a predecessor left (else its count would have run out),
 * so walking back from any of them comes round to a task already passed.
 */
function describeLoop(remaining: Map<string, number>, predecessors: Map<string, Dependency[]>, tasks: readonly Task[]): string {
  const left = (id: string) => (remaining.get(id) ?? 0) > 0;
  const walked: string[] = [];
  const walkedAt = new Map<string, number>();
  let id = [...remaining.keys()].find(left) as string;
  while (!walkedAt.has(id)) {
    walkedAt.set(id, walked.length);
    walked.push(id);
    id = (predecessors.get(id)?.find((link) => left(link.fromId)) as Dependency).fromId;
  }
  // Walked against the links: reversed, they run forwards.
  const loop = walked.slice(walkedAt.get(id)).reverse();
  const titles = new Map(tasks.map((t) => [t.id, t.title]));
  const names = loop.map((task) => titles.get(task) ?? task);
  const shown = names.length > 6 ? [...names.slice(0, 5), '…'] : names;
  return [...shown, names[0]].join(' → ');
}

/** Every task downstream of the seeds through dependencies (the seeds included). */
export function downstreamOf(schedule: Schedule, seeds: Iterable<string>): Set<string> {
  return new Set(reachableIds(seeds, (id) => (schedule.successors.get(id) ?? []).map((link) => link.toId)));
}

/**
 * Forward pass: automatic tasks downstream of the changed ones start as soon as their links
 * allow, never earlier than their own start (a "start no earlier than" constraint, so pulling
 * a predecessor earlier does not drag work forward unasked). Manual tasks stay where they are.
 */
export function propagateSchedule(schedule: Schedule, changed: Iterable<string>, pinned: string | null = null): Map<string, ScheduledTask> {
  const affected = downstreamOf(schedule, changed);
  const placed = new Map(schedule.byId);
  for (const id of schedule.order) {
    const task = placed.get(id) as ScheduledTask;
    // A bar the user just placed stays where it was dropped; its successors follow it.
    if (!affected.has(id) || !task.isAuto || id === pinned) continue;
    let start = task.start;
    for (const link of schedule.predecessors.get(id) ?? []) {
      const pred = placed.get(link.fromId);
      if (pred) start = Math.max(start, earliestStartAllowed(link, pred, task.duration));
    }
    if (start !== task.start) placed.set(id, { ...task, start });
  }
  return placed;
}

/** Calendar dates of a placed task: start, and due as the last working day it occupies. */
export function datesOf(schedule: Schedule, task: ScheduledTask): { startDate: IsoDate; dueDate: IsoDate } {
  const startDate = schedule.axis.dateAt(task.start);
  return { startDate, dueDate: task.duration === 0 ? startDate : schedule.axis.dateAt(task.start + task.duration - 1) };
}
