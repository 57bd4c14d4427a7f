import type { Dependency } from '../domain/dependency';
import { memoizeInputs } from './memoize-last';
import type { OpsState } from './ops-state';

// Apart from timeline-selectors.ts: the timeline's commands need the active plan's links, but
// the schedule and critical path code behind the timeline's analysis is not the first screen's.

/** The active plan's links: the same list while none of them changes (linksBySource indexes it once). */
export const selectPlanDependencies = memoizeInputs(
  (s: OpsState) => [s.data.dependencies, s.ui.activePlanId] as const,
  ([dependencies, planId]): Dependency[] => Object.values(dependencies).filter((d) => d.planId === planId),
);
