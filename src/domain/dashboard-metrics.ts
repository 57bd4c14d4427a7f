import { countWorkingDays, workingDayTest, type WorkCalendar } from './calendar';
import type { ColumnCategory } from './column';
import { addDays, compareIsoDates, diffDays, type IsoDate } from './dates';
import { countDays, DayCounter } from './day-counter';
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
  const verdicts = tasks.map((t) => finishedOnTime(t, isDone(t), isWorking)).filter((v) => v !== null);
  return ratio(verdicts.filter(Boolean).length, verdicts.length);
}

/** Whether a finished task with a due date was on time (no working day late); null when it does not count. */
export function finishedOnTime(task: Task, done: boolean, isWorking: (day: IsoDate) => boolean): boolean | null {
  if (!done || !task.dueDate || !task.completedAt || task.isMilestone) return null;
  return countWorkingDays(isWorking, addDays(task.dueDate, 1), dayOf(task.completedAt)) === 0;
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
  return throughputOfDays(countDays(tasks.map((t) => completedDayOf(t, isDone(t))).filter((d) => d !== null)), thisWeekStart, weeks);
}

/** The day a finished task was completed, or null for open tasks and tasks never stamped. */
export function completedDayOf(task: Task, done: boolean): IsoDate | null {
  return done && task.completedAt ? dayOf(task.completedAt) : null;
}

export function throughputOfDays(completedDays: DayCounter, thisWeekStart: IsoDate, weeks: number): { weekStart: IsoDate; done: number }[] {
  const series = Array.from({ length: weeks }, (_, i) => ({ weekStart: addDays(thisWeekStart, (i - weeks + 1) * 7), done: 0 }));
  const first = series[0]?.weekStart ?? thisWeekStart;
  for (const [day, count] of completedDays.entries()) {
    const bucket = series[Math.floor(diffDays(first, day) / 7)];
    if (bucket) bucket.done += count;
  }
  return series;
}

/** Calendar days from start (or creation) to completion, for finished tasks: average and median. */
export function cycleTime(tasks: readonly Task[], isDone: IsDone): CycleTime {
  return cycleTimeOfDays(countDays(tasks.map((t) => cycleDaysOf(t, isDone(t))).filter((d) => d !== null)));
}

export type CycleTime = { average: number | null; median: number | null; count: number };

export function cycleDaysOf(task: Task, done: boolean): number | null {
  const completed = completedDayOf(task, done);
  return completed === null ? null : Math.max(0, diffDays(task.startedAt ? dayOf(task.startedAt) : (task.startDate ?? dayOf(task.createdAt)), completed) + 1);
}

export function cycleTimeOfDays(days: DayCounter<number>): CycleTime {
  const count = days.total;
  if (count === 0) return { average: null, median: null, count: 0 };
  const entries = days.entries();
  // The value at a 0-based position in the sorted multiset.
  const at = (position: number) => {
    let seen = 0;
    for (const [value, n] of entries) if ((seen += n) > position) return value;
    return entries.at(-1)?.[0] as number;
  };
  const mid = Math.floor(count / 2);
  const median = count % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return { average: entries.reduce((sum, [value, n]) => sum + value * n, 0) / count, median, count };
}

export type BurnPoint = { date: IsoDate; scope: number; done: number; remaining: number; ideal: number };

/**
 * Burn-down and burn-up over a period: scope is the work that existed by each day, done what was
 * finished by then, and the ideal line falls from the starting scope to zero at the period's end.
 */
export function burnSeries(tasks: readonly Task[], isDone: IsDone, from: IsoDate, to: IsoDate, today: IsoDate): BurnPoint[] {
  const work = tasks.filter((t) => !t.isMilestone);
  const finished = work.map((t) => completedDayOf(t, isDone(t))).filter((d) => d !== null);
  return burnOfDays(countDays(work.map((t) => dayOf(t.createdAt))), countDays(finished), from, to, today);
}

/** The burn series from the days work was created and finished: linear in days, not in tasks. */
export function burnOfDays(created: DayCounter, finished: DayCounter, from: IsoDate, to: IsoDate, today: IsoDate): BurnPoint[] {
  const scopeBy = created.runningTotal();
  const doneBy = finished.runningTotal();
  const span = Math.max(1, diffDays(from, to));
  const initialScope = scopeBy(from) || created.total;
  const points: BurnPoint[] = [];
  for (let day = from; day <= to && day <= today; day = addDays(day, 1)) {
    const scope = scopeBy(day);
    const done = doneBy(day);
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
  const days = tasks.map((t) => flowDaysOf(t, categoryOf(t))).filter((d) => d !== null);
  const pick = (key: 'started' | 'finished') => days.map((d) => d[key]).filter((d) => d !== null);
  return flowOfDays(countDays(days.map((d) => d.created)), countDays(pick('started')), countDays(pick('finished')), from, to, today);
}

export type FlowDays = { created: IsoDate; started: IsoDate | null; finished: IsoDate | null };

/** When a piece of work entered each stage of the flow; null for milestones. */
export function flowDaysOf(task: Task, category: ColumnCategory | undefined): FlowDays | null {
  if (task.isMilestone) return null;
  const created = dayOf(task.createdAt);
  const finished = category === 'done' && task.completedAt ? maxDay(created, dayOf(task.completedAt)) : null;
  let started = task.startedAt ? dayOf(task.startedAt) : category === 'todo' ? null : (task.startDate ?? finished ?? created);
  if (started !== null) started = maxDay(created, finished !== null && started > finished ? finished : started);
  return { created, started: started ?? finished, finished };
}

export function flowOfDays(created: DayCounter, started: DayCounter, finished: DayCounter, from: IsoDate, to: IsoDate, today: IsoDate): FlowPoint[] {
  const [createdBy, startedBy, finishedBy] = [created.runningTotal(), started.runningTotal(), finished.runningTotal()];
  const points: FlowPoint[] = [];
  for (let day = from; day <= to && day <= today; day = addDays(day, 1)) {
    const [c, s, f] = [createdBy(day), startedBy(day), finishedBy(day)];
    points.push({ date: day, todo: c - s, doing: s - f, done: f });
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
    .sort((a, b) => compareIsoDates(a.date, b.date));
}

export type Workload = { memberId: string; name: string; hours: number; capacity: number; overloaded: boolean };

/**
 * Planned hours per member in one week: each open task's estimate spread evenly over its working
 * days, counting the days that fall in the week — against the member's weekly capacity.
 */
export function weeklyWorkload(tasks: readonly Task[], members: readonly Member[], isDone: IsDone, calendar: WorkCalendar, weekStart: IsoDate): Workload[] {
  const isWorking = workingDayTest(calendar);
  const hours = new Map<string, number>();
  for (const task of tasks) {
    const inWeek = hoursInWeek(task, isDone(task), isWorking, weekStart);
    if (inWeek !== null && task.ownerId) hours.set(task.ownerId, (hours.get(task.ownerId) ?? 0) + inWeek);
  }
  return workloadOfHours(hours, members);
}

/** The share of an open, owned, estimated task's hours that falls in the week; null when it has none to give. */
export function hoursInWeek(task: Task, done: boolean, isWorking: (day: IsoDate) => boolean, weekStart: IsoDate): number | null {
  const weekEnd = addDays(weekStart, 6);
  if (done || !task.ownerId || !task.estimateHours || !task.startDate || !task.dueDate) return null;
  if (task.dueDate < weekStart || task.startDate > weekEnd) return null;
  const total = countWorkingDays(isWorking, task.startDate, task.dueDate);
  const inWeek = countWorkingDays(isWorking, task.startDate > weekStart ? task.startDate : weekStart, task.dueDate < weekEnd ? task.dueDate : weekEnd);
  return total > 0 ? (task.estimateHours * inWeek) / total : null;
}

export function workloadOfHours(hours: ReadonlyMap<string, number>, members: readonly Member[]): Workload[] {
  return members.map((m) => {
    const h = Math.round((hours.get(m.id) ?? 0) * 10) / 10;
    return { memberId: m.id, name: m.name, hours: h, capacity: m.weeklyCapacityHours, overloaded: h > m.weeklyCapacityHours };
  });
}

export type BudgetLine = { key: string; label: string; budget: number | null; planned: number; actual: number };

/** Planned and actual cost per goal (tasks without a goal together), and for the whole plan. */
export function budgetByGoal(tasks: readonly Task[], goals: readonly Goal[], planBudget: number | null, planLabel: string, noGoalLabel: string): BudgetLine[] {
  const costs = new Map<string, CostSum>();
  for (const task of tasks) addCost(costs, task, 1);
  return budgetOfCosts(costs, goals, planBudget, planLabel, noGoalLabel);
}

/** Costs summed per goal id ('' for tasks without a goal), with how many tasks each sum has. */
export type CostSum = { tasks: number; planned: number; actual: number };

export function addCost(costs: Map<string, CostSum>, task: Task, sign: 1 | -1): void {
  const key = task.goalId ?? '';
  const sum = costs.get(key) ?? { tasks: 0, planned: 0, actual: 0 };
  sum.tasks += sign;
  sum.planned += sign * (task.plannedCost ?? 0);
  sum.actual += sign * (task.actualCost ?? 0);
  if (sum.tasks === 0) costs.delete(key);
  else costs.set(key, sum);
}

/** Budget lines from the sums: one per goal of the plan, tasks of no (or another plan's) goal together. */
export function budgetOfCosts(costs: ReadonlyMap<string, CostSum>, goals: readonly Goal[], planBudget: number | null, planLabel: string, noGoalLabel: string): BudgetLine[] {
  const lines = goals.map((g): BudgetLine => ({ key: g.id, label: g.title, budget: null, planned: costs.get(g.id)?.planned ?? 0, actual: costs.get(g.id)?.actual ?? 0 }));
  const total: BudgetLine = { key: 'plan', label: planLabel, budget: planBudget, planned: 0, actual: 0 };
  const none: BudgetLine = { key: 'none', label: noGoalLabel, budget: null, planned: 0, actual: 0 };
  const goalIds = new Set(goals.map((g) => g.id));
  let ungrouped = 0;
  for (const [key, sum] of costs) {
    total.planned += sum.planned;
    total.actual += sum.actual;
    if (goalIds.has(key)) continue;
    ungrouped += sum.tasks;
    none.planned += sum.planned;
    none.actual += sum.actual;
  }
  return [...lines, ...(ungrouped > 0 ? [none] : []), total];
}

/**
 * Progress of a goal from 0 to 1: from its KPI when it has measurements (how far the latest value
 * has moved from baseline to target), otherwise from the share of its tasks that are done.
 */
export function goalProgress(goal: Goal, tasks: readonly Task[], isDone: IsDone, measurements: readonly Measurement[]): GoalProgress {
  const own = tasks.filter((t) => t.goalId === goal.id && !t.isMilestone);
  return progressOfGoal(goal, { work: own.length, done: own.filter(isDone).length }, measurements);
}

export type GoalProgress = { value: number | null; source: 'kpi' | 'tasks' };

/** Progress from the goal's own work counts, unless its KPI has been measured. */
export function progressOfGoal(goal: Goal, own: { work: number; done: number }, measurements: readonly Measurement[]): GoalProgress {
  const latest = [...measurements].filter((m) => m.kpiId === goal.kpiId).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (goal.kpiId && latest && goal.baseline !== null && goal.target !== null && goal.target !== goal.baseline) {
    return { value: clamp((latest.value - goal.baseline) / (goal.target - goal.baseline)), source: 'kpi' };
  }
  return { value: own.work === 0 ? null : own.done / own.work, source: 'tasks' };
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));
