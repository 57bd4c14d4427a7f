import { STANDARD_CALENDAR, workingDayTest } from '../domain/calendar';
import type { Column } from '../domain/column';
import { budgetOfCosts, burnOfDays, cycleTimeOfDays, flowOfDays, milestoneStatuses, progressOfGoal, throughputOfDays, workloadOfHours } from '../domain/dashboard-metrics';
import { DashboardTally } from '../domain/dashboard-tally';
import { addDays, compareIsoDates, startOfWeek, type IsoDate } from '../domain/dates';
import type { Plan } from '../domain/plan';
import type { Task } from '../domain/task';
import { selectPlanTasks } from './board-selectors';
import { memoizeInputs } from './memoize-last';
import type { OpsState } from './ops-state';
import { selectPlanColumns } from './plan-selectors';

/**
 * Every figure of the dashboard for the active plan. The per-task work lives in a running tally
 * that only revisits the tasks a change touched; what is left here is linear in days and goals.
 */
export const selectDashboard = memoizeInputs(
  (s: OpsState) => {
    const planId = s.ui.activePlanId ?? '';
    return [selectPlanTasks(s, planId), selectPlanColumns(s, planId), s.data.plans[planId], s.data.members, s.data.goals, s.data.kpis, s.data.measurements, s.ui.today] as const;
  },
  ([tasks, columns, plan, members, goals, kpis, measurements, today]) => {
    const tally = tallyFor(columns, plan, today);
    tally.update(tasks);
    const planGoals = Object.values(goals).filter((g) => g.planId === plan?.id);
    const planMembers = Object.values(members).filter((m) => !plan || plan.memberIds.length === 0 || plan.memberIds.includes(m.id));
    const planMeasurements = Object.values(measurements).filter((m) => m.planId === plan?.id);
    const from = plan?.startDate ?? minDay(tally.scheduledDays.first(), addDays(today, -28));
    const to = plan?.endDate ?? maxDay(tally.scheduledDays.last(), today);
    const { weekStart } = tally.context;
    return {
      completion: ratio(tally.work.done, tally.work.all),
      onTime: ratio(tally.onTime.part, tally.onTime.whole),
      due: { ...tally.due },
      throughput: throughputOfDays(tally.completedDays, weekStart, 8),
      cycle: cycleTimeOfDays(tally.cycleDays),
      burn: burnOfDays(tally.createdWork, tally.finishedWork, from, to, today),
      flow: flowOfDays(tally.flowCreated, tally.flowStarted, tally.flowFinished, from, to, today),
      milestones: milestoneStatuses([...tally.milestones.values()], (t) => categoryOf(columns)(t) === 'done', today),
      workload: workloadOfHours(tally.weekHours, planMembers),
      goals: planGoals.map((goal) => ({ goal, progress: progressOfGoal(goal, tally.goalWork.get(goal.id) ?? { work: 0, done: 0 }, planMeasurements) })),
      kpis: Object.values(kpis).filter((k) => k.planId === plan?.id).map((kpi) => ({ kpi, measurements: planMeasurements.filter((m) => m.kpiId === kpi.id).sort((a, b) => compareIsoDates(a.date, b.date)) })),
      // Labels of the 'plan' and 'none' lines are the view's to translate.
      budget: budgetOfCosts(tally.costs, planGoals, plan?.budget ?? null, '', ''),
      weekStart,
    };
  },
);

let current: { columns: readonly Column[]; calendar: Plan['calendar'] | undefined; today: IsoDate; tally: DashboardTally } | null = null;

/** The running tally for these columns, calendar and day; any other start a new one. */
function tallyFor(columns: readonly Column[], plan: Plan | undefined, today: IsoDate): DashboardTally {
  const calendar = plan?.calendar;
  if (current && current.columns === columns && current.calendar === calendar && current.today === today) return current.tally;
  const tally = new DashboardTally({ categoryOf: categoryOf(columns), isWorking: workingDayTest(calendar ?? STANDARD_CALENDAR), today, weekStart: startOfWeek(today) });
  current = { columns, calendar, today, tally };
  return tally;
}

const ratio = (part: number, whole: number) => ({ part, whole, rate: whole === 0 ? null : part / whole });
const minDay = (a: IsoDate | undefined, b: IsoDate) => (a !== undefined && a < b ? a : b);
const maxDay = (a: IsoDate | undefined, b: IsoDate) => (a !== undefined && a > b ? a : b);

const categoryTests = new WeakMap<readonly Column[], (task: Task) => Column['category'] | undefined>();
export function categoryOf(columns: readonly Column[]): (task: Task) => Column['category'] | undefined {
  let test = categoryTests.get(columns);
  if (!test) {
    const byId = new Map(columns.map((c) => [c.id, c.category]));
    test = (task) => byId.get(task.columnId);
    categoryTests.set(columns, test);
  }
  return test;
}

export function doneTest(columns: readonly Column[]): (task: Task) => boolean {
  const category = categoryOf(columns);
  return (task) => category(task) === 'done';
}
