import { compareIsoDates } from '../domain/dates';
import type { Column } from '../domain/column';
import { compareRanks } from '../domain/rank';
import type { Member } from '../domain/member';
import type { Plan } from '../domain/plan';
import type { OpsState } from './ops-state';
import { memoizeLast } from './memoize-last';

export const selectPlans = memoizeLast((state: OpsState) => state.data.plans, (plans): Plan[] =>
  Object.values(plans).sort((a, b) => compareIsoDates(a.createdAt, b.createdAt) || a.name.localeCompare(b.name)),
);

export function selectActivePlan(state: OpsState): Plan | null {
  const id = state.ui.activePlanId;
  return id ? (state.data.plans[id] ?? null) : null;
}

const columnsByPlan = memoizeLast((state: OpsState) => state.data.columns, (columns) => {
  const byPlan = new Map<string, Column[]>();
  for (const column of Object.values(columns)) {
    const list = byPlan.get(column.planId) ?? [];
    list.push(column);
    byPlan.set(column.planId, list);
  }
  for (const list of byPlan.values()) list.sort(compareRanks);
  return byPlan;
});

const NO_COLUMNS: Column[] = [];
export function selectPlanColumns(state: OpsState, planId: string): Column[] {
  return columnsByPlan(state).get(planId) ?? NO_COLUMNS;
}

export const selectMembers = memoizeLast((state: OpsState) => state.data.members, (members): Member[] =>
  Object.values(members).sort((a, b) => a.name.localeCompare(b.name)),
);
