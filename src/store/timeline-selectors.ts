import { computeCriticalPath, updateCriticalPath, type CriticalPath } from '../domain/critical-path';
import { compareIsoDates } from '../domain/dates';
import { DomainError } from '../domain/errors';
import type { Goal } from '../domain/goal';
import { buildSchedule, type Schedule } from '../domain/schedule';
import { rescheduleChangedTasks } from '../domain/schedule-update';
import { selectPlanTasks } from './board-selectors';
import { selectPlanDependencies } from './dependency-selectors';
import { memoizeInputs } from './memoize-last';
import type { OpsState } from './ops-state';

export type TimelineAnalysis =
  | { ok: true; schedule: Schedule; criticalPath: CriticalPath }
  | { ok: false; error: string };

export const selectPlanGoals = memoizeInputs(
  (s: OpsState) => [s.data.goals, s.ui.activePlanId] as const,
  ([goals, planId]): Goal[] => Object.values(goals).filter((g) => g.planId === planId),
);

/** What the active plan's schedule and critical path are computed from; the same list while none of it changes. */
export const selectAnalysisInputs = memoizeInputs(
  (s: OpsState) => [selectPlanTasks(s, s.ui.activePlanId ?? ''), selectPlanDependencies(s), s.ui.activePlanId ? s.data.plans[s.ui.activePlanId]?.calendar : undefined] as const,
  (inputs) => inputs,
);
export type AnalysisInputs = ReturnType<typeof selectAnalysisInputs>;

/**
 * Schedule and critical path of a plan, recomputed only when its tasks, links or calendar
 * change — and when only some tasks changed, only those are placed again, and only they and
 * the tasks upstream of them have their float worked out again.
 */
export const analyseTimeline = memoizeInputs(
  (inputs: AnalysisInputs) => inputs,
  ([tasks, dependencies, calendar], previous): TimelineAnalysis => {
    if (!calendar) return { ok: false, error: 'no plan' };
    const last = previous?.result;
    if (last?.ok && previous?.inputs[1] === dependencies && previous.inputs[2] === calendar) {
      const update = rescheduleChangedTasks(last.schedule, previous.inputs[0], tasks);
      if (update?.schedule === last.schedule) return last;
      if (update) return { ok: true, schedule: update.schedule, criticalPath: updateCriticalPath(last.criticalPath, update.schedule, update.moved) };
    }
    try {
      const schedule = buildSchedule(tasks, dependencies, calendar);
      return { ok: true, schedule, criticalPath: computeCriticalPath(schedule) };
    } catch (error) {
      // A loop can only come from outside (an imported file): show it, never hand it to the chart.
      if (error instanceof DomainError) return { ok: false, error: error.message };
      throw error;
    }
  },
);

/** The active plan's schedule and critical path. */
export const selectTimelineAnalysis = (s: OpsState): TimelineAnalysis => analyseTimeline(selectAnalysisInputs(s));

export const selectPlanBaselines = memoizeInputs(
  (s: OpsState) => [s.data.baselines, s.ui.activePlanId] as const,
  ([baselines, planId]) => Object.values(baselines).filter((b) => b.planId === planId).sort((a, b) => compareIsoDates(a.createdAt, b.createdAt)),
);
