import { countWorkingDays, workingDayTest, type WorkCalendar } from './calendar';
import type { ColumnCategory } from './column';
import { addDays, diffDays, type IsoDate } from './dates';
import { dueStateOf } from './due-state';
import type { Goal } from './goal';
import type { Measurement } from './kpi';
import type { Member } from './member';
import type { Task } from './task';

// The KPI formulas of the dashboard, each on plain data so they can be checked by hand.

export type IsDone = (task: Task) => boolean;
export type Ratio = { part: number; whole: number; rate: number | null };

const ratio = (part: number, whole: number): Ratio => ({ part, whole, rate: whole === 0 ? null : part / whole });
/** The calendar day of an ISO timestamp as the app stores it (UTC). */
const dayOf = (timestamp: string): IsoDate => timestamp.slice(0, 10);

/** Share of tasks (milestones excluded) that are done. */
export function completionRate(tasks: readonly Task[], isDone: IsDone): Ratio {
  const work = tasks.filter((t) => !t.isMilestone);
  return ratio(work.filter(isDone).length, work.length);
}

/** Of finished tasks with a due date, the share finished by the due date, lateness counted in working days. */
export function onTimeRate(tasks: readonly Task[], isDone: IsDone, calendar: WorkCalendar): Ratio {
  const isWorking = workingDayTest(calendar);
  const finished = tasks.filter((t) => isDone(t) && t.dueDate && t.completedAt && !t.isMilestone);
  const onTime = finished.filter((t) => countWorkingDays(isWorking, addDays(t.dueDate as IsoDate, 1), dayOf(t.completedAt as string)) === 0);
  return ratio(onTime.length, finished.length);
}

export function dueCounts(tasks: readonly Task[], isDone: IsDone, today: IsoDate): { overdue: number; dueSoon: number } {
  let overdue = 0;
  let dueSoon = 0;
  for (const task of tasks) {
    const state = dueStateOf(task, isDone(task), today);
    if (state === 'overdue') overdue++;
    else if (state === 'due-soon') dueSoon++;
  }
  return { overdue, dueSoon };
}

/** Tasks finished in each of the last `weeks` weeks (Monday-based), oldest first. */
export function weeklyThroughput(tasks: readonly Task[], isDone: IsDone, thisWeekStart: IsoDate, weeks: number): { weekStart: IsoDate; done: number }[] {
  const series = Array.from({ length: weeks }, (_, i) => ({ weekStart: addDays(thisWeekStart, (i - weeks + 1) * 7), done: 0 }));
  for (const task of tasks) {
    if (!isDone(task) || !task.completedAt) continue;
    const offset = Math.floor(diffDays(series[0]?.weekStart ?? thisWeekStart, dayOf(task.completedAt)) / 7);
    const bucket = series[offset];
    if (bucket) bucket.done++;
  }
  return series;
}

/** Calendar days from start (or creation) to completion, for finished tasks: average and median. */
export function cycleTime(tasks: readonly Task[], isDone: IsDone): { average: number | null; median: number | null; count: number } {
  const days = tasks
    .filter((t) => isDone(t) && t.completedAt)
    .map((t) => Math.max(0, diffDays(t.startedAt ? dayOf(t.startedAt) : (t.startDate ?? dayOf(t.createdAt)), dayOf(t.completedAt as string)) + 1))
    .sort((a, b) => a - b);
  if (days.length === 0) return { average: null, median: null, count: 0 };
  const mid = Math.floor(days.length / 2);
  const median = days.length % 2 ? (days[mid] as number) : ((days[mid - 1] as number) + (days[mid] as number)) / 2;
  return { average: days.reduce((a, b) => a + b, 0) / days.length, median, count: days.length };
}

export type BurnPoint = { date: IsoDate; scope: number; done: number; remaining: number; ideal: number };

/**
 * Burn-down and burn-up over a period: scope is the work that existed by each day, done what was
 * finished by then, and the ideal line falls from the starting scope to zero at the period's end.
 */
export function burnSeries(tasks: readonly Task[], isDone: IsDone, from: IsoDate, to: IsoDate, today: IsoDate): BurnPoint[] {
  const work = tasks.filter((t) => !t.isMilestone);
  const created = work.map((t) => dayOf(t.createdAt)).sort();
  const finished = work.filter((t) => isDone(t) && t.completedAt).map((t) => dayOf(t.completedAt as string)).sort();
  const span = Math.max(1, diffDays(from, to));
  const countUpTo = (sorted: string[], day: IsoDate, start: number) => {
    let i = start;
    while (i < sorted.length && (sorted[i] as string) <= day) i++;
    return i;
  };
  let scope = countUpTo(created, from, 0);
  let done = countUpTo(finished, from, 0);
  const initialScope = scope || work.length;
  const points: BurnPoint[] = [];
  // One pass over each sorted list: linear in tasks plus days, not their product.
  for (let day = from; day <= to && day <= today; day = addDays(day, 1)) {
    scope = countUpTo(created, day, scope);
    done = countUpTo(finished, day, done);
    points.push({ date: day, scope, done, remaining: scope - done, ideal: Math.max(0, initialScope * (1 - diffDays(from, day) / span)) });
  }
  return points;
}

export type FlowPoint = { date: IsoDate; todo: number; doing: number; done: number };

/**
 * Cumulative flow: per day, how many tasks existed in each kind of column. A task counts from its
 * creation, as started from `startedAt`, as done from `completedAt`. Tasks under way whose start
 * was never stamped (older data) count as started on their start date.
 */
export function flowSeries(tasks: readonly Task[], categoryOf: (t: Task) => ColumnCategory | undefined, from: IsoDate, to: IsoDate, today: IsoDate): FlowPoint[] {
  const created: IsoDate[] = [];
  const started: IsoDate[] = [];
  const finished: IsoDate[] = [];
  for (const task of tasks) {
    if (task.isMilestone) continue;
    const category = categoryOf(task);
    const c = dayOf(task.createdAt);
    created.push(c);
    const d = category === 'done' && task.completedAt ? maxDay(c, dayOf(task.completedAt)) : null;
    let s = task.startedAt ? dayOf(task.startedAt) : category === 'todo' ? null : (task.startDate ?? d ?? c);
    if (s !== null) s = maxDay(c, d !== null && s > d ? d : s);
    if (d !== null) finished.push(d);
    if (s !== null || d !== null) started.push(s ?? (d as IsoDate));
  }
  created.sort();
  started.sort();
  finished.sort();
  const points: FlowPoint[] = [];
  let [ci, si, fi] = [0, 0, 0];
  for (let day = from; day <= to && day <= today; day = addDays(day, 1)) {
    while (ci < created.length && (created[ci] as string) <= day) ci++;
    while (si < started.length && (started[si] as string) <= day) si++;
    while (fi < finished.length && (finished[fi] as string) <= day) fi++;
    points.push({ date: day, todo: ci - si, doing: si - fi, done: fi });
  }
  return points;
}

const maxDay = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

export type MilestoneState = 'done' | 'missed' | 'due-soon' | 'upcoming';

export function milestoneStatuses(tasks: readonly Task[], isDone: IsDone, today: IsoDate): { id: string; title: string; date: IsoDate | null; state: MilestoneState }[] {
  return tasks
    .filter((t) => t.isMilestone)
    .map((t) => {
      const due = dueStateOf(t, isDone(t), today);
      const state: MilestoneState = due === 'done' ? 'done' : due === 'overdue' ? 'missed' : due === 'due-soon' ? 'due-soon' : 'upcoming';
      return { id: t.id, title: t.title, date: t.dueDate ?? t.startDate, state };
    })
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

export type Workload = { memberId: string; name: string; hours: number; capacity: number; overloaded: boolean };

/**
 * Planned hours per member in one week: each open task's estimate spread evenly over its working
 * days, counting the days that fall in the week — against the member's weekly capacity.
 */
export function weeklyWorkload(tasks: readonly Task[], members: readonly Member[], isDone: IsDone, calendar: WorkCalendar, weekStart: IsoDate): Workload[] {
  const isWorking = workingDayTest(calendar);
  const weekEnd = addDays(weekStart, 6);
  const hours = new Map<string, number>();
  for (const task of tasks) {
    if (isDone(task) || !task.ownerId || !task.estimateHours || !task.startDate || !task.dueDate) continue;
    if (task.dueDate < weekStart || task.startDate > weekEnd) continue;
    const total = countWorkingDays(isWorking, task.startDate, task.dueDate);
    const inWeek = countWorkingDays(isWorking, task.startDate > weekStart ? task.startDate : weekStart, task.dueDate < weekEnd ? task.dueDate : weekEnd);
    if (total > 0) hours.set(task.ownerId, (hours.get(task.ownerId) ?? 0) + (task.estimateHours * inWeek) / total);
  }
  return members.map((m) => {
    const h = Math.round((hours.get(m.id) ?? 0) * 10) / 10;
    return { memberId: m.id, name: m.name, hours: h, capacity: m.weeklyCapacityHours, overloaded: h > m.weeklyCapacityHours };
  });
}

export type BudgetLine = { key: string; label: string; budget: number | null; planned: number; actual: number };

/** Planned and actual cost per goal (tasks without a goal together), and for the whole plan. */
export function budgetByGoal(tasks: readonly Task[], goals: readonly Goal[], planBudget: number | null, planLabel: string, noGoalLabel: string): BudgetLine[] {
  const lines = new Map<string, BudgetLine>(goals.map((g) => [g.id, { key: g.id, label: g.title, budget: null, planned: 0, actual: 0 }]));
  const total: BudgetLine = { key: 'plan', label: planLabel, budget: planBudget, planned: 0, actual: 0 };
  for (const task of tasks) {
    const key = task.goalId && lines.has(task.goalId) ? task.goalId : 'none';
    if (!lines.has(key)) lines.set(key, { key, label: noGoalLabel, budget: null, planned: 0, actual: 0 });
    const line = lines.get(key) as BudgetLine;
    line.planned += task.plannedCost ?? 0;
    line.actual += task.actualCost ?? 0;
    total.planned += task.plannedCost ?? 0;
    total.actual += task.actualCost ?? 0;
  }
  return [...lines.values(), total];
}

/**
 * Progress of a goal from 0 to 1: from its KPI when it has measurements (how far the latest value
 * has moved from baseline to target), otherwise from the share of its tasks that are done.
 */
export function goalProgress(goal: Goal, tasks: readonly Task[], isDone: IsDone, measurements: readonly Measurement[]): { value: number | null; source: 'kpi' | 'tasks' } {
  const latest = [...measurements].filter((m) => m.kpiId === goal.kpiId).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (goal.kpiId && latest && goal.baseline !== null && goal.target !== null && goal.target !== goal.baseline) {
    return { value: clamp((latest.value - goal.baseline) / (goal.target - goal.baseline)), source: 'kpi' };
  }
  const own = tasks.filter((t) => t.goalId === goal.id && !t.isMilestone);
  return { value: own.length === 0 ? null : own.filter(isDone).length / own.length, source: 'tasks' };
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));
