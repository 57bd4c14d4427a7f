import type { Patch } from '../domain/change-set';
import { buildDemoPlanPatches } from '../domain/demo-plan';
import { TABLE_NAMES } from '../domain/entities';
import type { Language } from '../domain/locale';
import { isDatabaseEmpty, markSeeded, readAllRecords, writeChangeSet } from '../db/record-writes';
import type { OpsDatabase } from '../db/ops-database';
import type { OpsStore } from '../store/create-ops-store';

/**
 * Loads the workspace from IndexedDB into the store (origin 'hydrate': not undoable, not written
 * back). On the very first open it writes the demo plan first, in the user's language.
 */
export async function hydrateStore(store: OpsStore, db: OpsDatabase, language: Language, preferredPlanId: string | null): Promise<void> {
  if (await isDatabaseEmpty(db)) {
    const { newId, now } = store.deps;
    const patches = buildDemoPlanPatches(language, store.getState().ui.today, now(), newId);
    await writeChangeSet(db, { id: newId('cs'), origin: 'hydrate', label: 'seed', patches });
    await markSeeded(db);
  }
  const records = await readAllRecords(db);
  const patches: Patch[] = [];
  for (const table of TABLE_NAMES) {
    for (const value of records[table]) patches.push({ table, op: 'create', id: value.id, value } as Patch);
  }
  store.commit({ origin: 'hydrate', label: 'hydrate', patches });
  const plans = Object.values(store.getState().data.plans).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const activePlanId = plans.some((p) => p.id === preferredPlanId) ? preferredPlanId : (plans[0]?.id ?? null);
  store.setState((s) => ({ ui: { ...s.ui, hydrated: true, activePlanId } }));
}
