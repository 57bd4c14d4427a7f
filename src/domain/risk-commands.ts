import type { Patch } from './change-set';
import type { EntityState } from './entities';
import { DomainError, validateRecord } from './errors';
import { riskSchema, type Risk } from './risk';
import { deleteRecordPatches, updateRecordPatches } from './record-commands';

export function createRiskPatches(state: EntityState, input: Risk): Patch[] {
  if (!state.plans[input.planId]) throw new DomainError('not-found', 'plan not found');
  const risk = validateRecord(riskSchema, input);
  return [{ table: 'risks', op: 'create', id: risk.id, value: risk }];
}

export const updateRiskPatches = (state: EntityState, id: string, fields: Partial<Risk>): Patch[] => updateRecordPatches(state, 'risks', id, fields);
export const deleteRiskPatches = (state: EntityState, id: string): Patch[] => deleteRecordPatches(state, 'risks', id);

/** Counts of open risks per cell of the 5×5 probability × impact grid: [probability-1][impact-1]. */
export function riskHeatMap(risks: readonly Risk[]): number[][] {
  const grid = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 0));
  for (const risk of risks) {
    if (risk.status === 'closed') continue;
    const row = grid[risk.probability - 1];
    if (row) row[risk.impact - 1] = (row[risk.impact - 1] ?? 0) + 1;
  }
  return grid;
}

/** Open risks linked to a task on the critical path: they threaten the end date. */
export function risksOnCriticalPath(risks: readonly Risk[], critical: ReadonlySet<string>): Set<string> {
  return new Set(risks.filter((r) => r.status !== 'closed' && r.taskIds.some((id) => critical.has(id))).map((r) => r.id));
}
