import { STANDARD_CALENDAR } from './calendar';
import { diffUpdate, type Patch } from './change-set';
import type { Column, ColumnCategory } from './column';
import { TABLE_NAMES, type EntityState } from './entities';
import { DomainError, validateRecord } from './errors';
import type { IdFactory } from './ids';
import { planSchema, type Plan } from './plan';
import { initialRanks } from './rank';

export type ColumnSeed = { name: string; category: ColumnCategory; wipLimit?: number | null };

export function createPlanPatches(
  input: Pick<Plan, 'id' | 'name' | 'createdAt'> & Partial<Plan>,
  columns: readonly ColumnSeed[],
  newId: IdFactory,
): Patch[] {
  const plan = validateRecord(planSchema, {
    description: '', ownerId: null, memberIds: [], startDate: null, endDate: null, budget: null, status: 'active', calendar: STANDARD_CALENDAR, ...input,
  });
  const ranks = initialRanks(columns.length);
  const columnPatches = columns.map((seed, index): Patch => {
    const column: Column = { id: newId('col'), planId: plan.id, name: seed.name, category: seed.category, wipLimit: seed.wipLimit ?? null, rank: ranks[index] ?? 'a0' };
    return { table: 'columns', op: 'create', id: column.id, value: column };
  });
  return [{ table: 'plans', op: 'create', id: plan.id, value: plan }, ...columnPatches];
}

export function updatePlanPatches(state: EntityState, planId: string, fields: Partial<Plan>): Patch[] {
  const plan = state.plans[planId];
  if (!plan) throw new DomainError('not-found', 'plan not found');
  validateRecord(planSchema, { ...plan, ...fields });
  const patch = diffUpdate('plans', plan, fields);
  return patch ? [patch] : [];
}

/** Deletes a plan with every record that belongs to it (members and templates are workspace-wide and stay). */
export function deletePlanPatches(state: EntityState, planId: string): Patch[] {
  const plan = state.plans[planId];
  if (!plan) throw new DomainError('not-found', 'plan not found');
  const patches: Patch[] = [];
  for (const table of TABLE_NAMES) {
    if (table === 'plans' || table === 'members' || table === 'templates') continue;
    for (const record of Object.values(state[table])) {
      if ((record as { planId?: string }).planId === planId) patches.push({ table, op: 'delete', id: record.id, previous: record } as Patch);
    }
  }
  patches.push({ table: 'plans', op: 'delete', id: planId, previous: plan });
  return patches;
}
