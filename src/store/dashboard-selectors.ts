import type { Column } from '../domain/column';
import {
  budgetByGoal, burnSeries, completionRate, flowSeries, cycleTime, dueCounts, goalProgress, milestoneStatuses, onTimeRate, weeklyThroughput, weeklyWorkload,
} from '../domain/dashboard-metrics';
import { addDays, startOfWeek } from '../domain/dates';
import type { Task } from '../domain/task';
import { selectPlanTasks } from './board-selectors';
import { memoizeInputs } from './memoize-last';
import type { OpsState } from './ops-state';
import { selectPlanColumns } from './plan-selectors';

/** Every figure of the dashboard for the active plan, recomputed only when its inputs change. */
export const selectDashboard = memoizeInputs(
  (s: OpsState) => {
    const planId = s.ui.activePlanId ?? '';
    return [selectPlanTasks(s, planId), selectPlanColumns(s, planId), s.data.plans[planId], s.data.members, s.data.goals, s.data.kpis, s.data.measurements, s.ui.today] as const;
  },
  ([tasks, columns, plan, members, goals, kpis, measurements, today]) => {
    const isDone = doneTest(columns);
    const calendar = plan?.calendar ?? { weekendDays: [0, 6], holidays: [], workdays: [] };
    const weekStart = startOfWeek(today);
    const planGoals = Object.values(goals).filter((g) => g.planId === plan?.id);
    const planMembers = Object.values(members).filter((m) => !plan || plan.memberIds.length === 0 || plan.memberIds.includes(m.id));
    const planMeasurements = Object.values(measurements).filter((m) => m.planId === plan?.id);
    const dates = tasks.flatMap((t) => [t.startDate, t.dueDate].filter((d): d is string => d !== null));
    const from = plan?.startDate ?? dates.reduce((a, b) => (a < b ? a : b), addDays(today, -28));
    const to = plan?.endDate ?? dates.reduce((a, b) => (a > b ? a : b), today);
    return {
      completion: completionRate(tasks, isDone),
      onTime: onTimeRate(tasks, isDone, calendar),
      due: dueCounts(tasks, isDone, today),
      throughput: weeklyThroughput(tasks, isDone, weekStart, 8),
      cycle: cycleTime(tasks, isDone),
      burn: burnSeries(tasks, isDone, from, to, today),
      flow: flowSeries(tasks, categoryTest(columns), from, to, today),
      milestones: milestoneStatuses(tasks, isDone, today),
      workload: weeklyWorkload(tasks, planMembers, isDone, calendar, weekStart),
      goals: planGoals.map((goal) => ({ goal, progress: goalProgress(goal, tasks, isDone, planMeasurements) })),
      kpis: Object.values(kpis).filter((k) => k.planId === plan?.id).map((kpi) => ({ kpi, measurements: planMeasurements.filter((m) => m.kpiId === kpi.id).sort((a, b) => a.date.localeCompare(b.date)) })),
      // Labels of the 'plan' and 'none' lines are the view's to translate.
      budget: budgetByGoal(tasks, planGoals, plan?.budget ?? null, '', ''),
      weekStart,
    };
  },
);

export function categoryTest(columns: readonly Column[]): (task: Task) => Column['category'] | undefined {
  const byId = new Map(columns.map((c) => [c.id, c.category]));
  return (task) => byId.get(task.columnId);
}

export function doneTest(columns: readonly Column[]): (task: Task) => boolean {
  const done = new Set(columns.filter((c) => c.category === 'done').map((c) => c.id));
  return (task) => done.has(task.columnId);
}

