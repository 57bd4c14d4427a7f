import type { Patch } from './change-set';
import type { EntityState, TableName } from './entities';

/**
 * Tables whose records travel with a shared plan: the plan itself, everything that names it, and
 * the members its tasks are assigned to (members are workspace-wide, so they travel with every
 * shared plan). Templates stay on this laptop.
 */
export const SHARED_TABLES = [
  'plans', 'columns', 'tasks', 'dependencies', 'goals', 'risks', 'kpis', 'measurements', 'reviews', 'baselines', 'members',
] as const satisfies readonly TableName[];

export type SharedTable = (typeof SHARED_TABLES)[number];

const SHARED = new Set<TableName>(SHARED_TABLES);

function planOf(table: TableName, record: unknown): string | null | undefined {
  if (!record || typeof record !== 'object') return undefined;
  if (table === 'plans') return (record as { id: string }).id;
  return (record as { planId?: string }).planId;
}

/**
 * Whether a patch belongs to the shared plan `planId`. An update carries only its changed fields,
 * so the record's plan is read from the state the patch was applied to.
 */
export function patchBelongsToPlan(patch: Patch, planId: string, state: EntityState): boolean {
  if (!SHARED.has(patch.table)) return false;
  if (patch.table === 'members') return true;
  const record = patch.op === 'create' ? patch.value : patch.op === 'delete' ? patch.previous : state[patch.table][patch.id];
  return planOf(patch.table, record) === planId;
}

/** Every record of the plan (and every member), for the first upload of a plan that starts being shared. */
export function recordsOfPlan(state: EntityState, planId: string): { table: SharedTable; record: { id: string } }[] {
  const found: { table: SharedTable; record: { id: string } }[] = [];
  for (const table of SHARED_TABLES) {
    for (const record of Object.values(state[table]) as { id: string }[]) {
      if (table === 'members' || planOf(table, record) === planId) found.push({ table, record });
    }
  }
  return found;
}
