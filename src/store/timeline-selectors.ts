import { computeCriticalPath, type CriticalPath } from '../domain/critical-path';
import type { Dependency } from '../domain/dependency';
import { DomainError } from '../domain/errors';
import type { Goal } from '../domain/goal';
import type { WorkCalendar } from '../domain/calendar';
import { buildSchedule, type Schedule } from '../domain/schedule';
import { rescheduleChangedTasks } from '../domain/schedule-update';
import type { Task } from '../domain/task';
import { selectPlanTasks } from './board-selectors';
import { memoizeInputs } from './memoize-last';
import type { OpsState } from './ops-state';

export type TimelineAnalysis =
  | { ok: true; schedule: Schedule; criticalPath: CriticalPath }
  | { ok: false; error: string };

export const selectPlanDependencies = memoizeInputs(
  (s: OpsState) => [s.data.dependencies, s.ui.activePlanId] as const,
  ([dependencies, planId]): Dependency[] => Object.values(dependencies).filter((d) => d.planId === planId),
);

export const selectPlanGoals = memoizeInputs(
  (s: OpsState) => [s.data.goals, s.ui.activePlanId] as const,
  ([goals, planId]): Goal[] => Object.values(goals).filter((g) => g.planId === planId),
);

type AnalysisInputs = { tasks: readonly Task[]; dependencies: readonly Dependency[]; calendar: WorkCalendar | undefined };
let lastAnalysis: (AnalysisInputs & { analysis: TimelineAnalysis }) | null = null;

/**
 * Schedule and critical path of the active plan, recomputed only when its tasks, links or
 * calendar change — and when only some tasks changed, only those are placed again.
 */
export function selectTimelineAnalysis(s: OpsState): TimelineAnalysis {
  const inputs: AnalysisInputs = {
    tasks: selectPlanTasks(s, s.ui.activePlanId ?? ''),
    dependencies: selectPlanDependencies(s),
    calendar: s.ui.activePlanId ? s.data.plans[s.ui.activePlanId]?.calendar : undefined,
  };
  const last = lastAnalysis;
  if (last && last.tasks === inputs.tasks && last.dependencies === inputs.dependencies && last.calendar === inputs.calendar) return last.analysis;
  const analysis = analyse(inputs, last);
  lastAnalysis = { ...inputs, analysis };
  return analysis;
}

function analyse({ tasks, dependencies, calendar }: AnalysisInputs, last: (AnalysisInputs & { analysis: TimelineAnalysis }) | null): TimelineAnalysis {
  if (!calendar) return { ok: false, error: 'no plan' };
  if (last?.analysis.ok && last.dependencies === dependencies && last.calendar === calendar) {
    const schedule = rescheduleChangedTasks(last.analysis.schedule, last.tasks, tasks);
    if (schedule === last.analysis.schedule) return last.analysis;
    if (schedule) return { ok: true, schedule, criticalPath: computeCriticalPath(schedule) };
  }
  try {
    const schedule = buildSchedule(tasks, dependencies, calendar);
    return { ok: true, schedule, criticalPath: computeCriticalPath(schedule) };
  } catch (error) {
    // A loop can only come from outside (an imported file): show it, never hand it to the chart.
    if (error instanceof DomainError) return { ok: false, error: error.message };
    throw error;
  }
}

export const selectPlanBaselines = memoizeInputs(
  (s: OpsState) => [s.data.baselines, s.ui.activePlanId] as const,
  ([baselines, planId]) => Object.values(baselines).filter((b) => b.planId === planId).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
);
