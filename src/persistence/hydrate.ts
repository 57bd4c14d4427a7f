import { invertPatches, type ChangeSet, type Patch } from '../domain/change-set';
import { compareIsoDates } from '../domain/dates';
import { buildDemoPlanPatches } from '../domain/demo-plan';
import { TABLE_NAMES, emptyEntityLists, recordIdOf, type TableName } from '../domain/entities';
import { partitionValidRecords } from '../domain/record-schemas';
import type { Language } from '../domain/locale';
import type { WorkspaceRead, WorkspaceRecords } from '../db/record-writes';
import { recordWrites } from './record-writes-code';
import type { OpsDatabase } from '../db/ops-database';
import type { OpsStore } from '../store/create-ops-store';
import { trackSave } from './save-status';

/**
 * Loads the workspace from IndexedDB into the store (origin 'hydrate': not undoable, not written
 * back). On the very first open it writes the demo plan first, in the user's language.
 * Returns what it read (its revision is what the snapshot keeper starts from).
 */
export async function hydrateStore(store: OpsStore, db: OpsDatabase, language: Language, preferredPlanId: string | null): Promise<WorkspaceRead> {
  const { readWorkspace, writeSeedOnce } = await recordWrites();
  let read = await readWorkspace(db);
  if (needsSeeding(read)) {
    // Another tab opened at the same moment may store its demo plan first: then this one reads it.
    await writeSeedOnce(db, demoSeed(store, language));
    read = await readWorkspace(db);
  }
  hydrateFromRecords(store, read.records, preferredPlanId);
  return read;
}

/** The demo plan a first visit starts with, in the user's language, as the change set that stores it. */
export function demoSeed(store: OpsStore, language: Language): ChangeSet {
  const { newId, now } = store.deps;
  return { id: newId('cs'), origin: 'hydrate', label: 'seed', patches: buildDemoPlanPatches(language, store.getState().ui.today, now(), newId) };
}

/** What a change set creates, table by table: the demo plan, shown before it is stored. */
export function recordsCreatedBy(changeSet: ChangeSet): WorkspaceRecords {
  const records = emptyEntityLists() as Record<TableName, unknown[]>;
  for (const patch of changeSet.patches) if (patch.op === 'create') records[patch.table].push(patch.value);
  return records as WorkspaceRecords;
}

/**
 * Stores the demo plan a first visit shows, once the database is open, and counts it as a save in
 * progress meanwhile (so "Saved" means it is on disk). Resolves with the database after it, so
 * the write-behind, waiting for the same promise, stores the user's changes after the plan.
 *
 * Another tab opened at the same moment may have stored its own demo plan first. This tab then
 * shows that one instead of its own, so both show the same plan and one is stored, unless a
 * change was already made here to its own (in the few hundred ms before the database opened):
 * that one is stored too, rather than lose the change.
 */
export async function storeSeedWhenOpen(store: OpsStore, seed: ChangeSet, opening: Promise<OpsDatabase>): Promise<OpsDatabase> {
  trackSave(store, +1);
  try {
    const db = await opening;
    const { readWorkspace, writeChangeSet, writeSeedOnce } = await recordWrites();
    if (await writeSeedOnce(db, seed)) return db;
    const stored = await readWorkspace(db);
    // Checked once the read is in, and acted on in the same task, so no change slips in between.
    if (store.getState().history.past.length > 0) {
      await writeChangeSet(db, seed);
      return db;
    }
    store.commit({ origin: 'hydrate', label: 'seed', patches: invertPatches(seed.patches) });
    hydrateFromRecords(store, stored.records, null);
    return db;
  } finally {
    trackSave(store, -1);
  }
}

/** The very first open: no plan, and the demo plan was never written (deleting every plan keeps the workspace empty). */
export function needsSeeding(read: WorkspaceRead): boolean {
  return read.records.plans.length === 0 && !read.seeded;
}

/**
 * Puts records read from disk into the store, and opens the plan the user had open. Records
 * `validated` under this build's rules already (a snapshot written under them) go in as read;
 * the caller has them checked again once they are on screen (verifyWhenIdle).
 */
export function hydrateFromRecords(store: OpsStore, records: WorkspaceRecords, preferredPlanId: string | null, validated = false): void {
  const patches: Patch[] = [];
  let damaged = 0;
  for (const table of TABLE_NAMES) {
    // A row that fails its schema (edited by hand, written by a buggy build) is left on disk
    // untouched and kept out of memory, so one bad row cannot take the whole workspace down.
    const { valid, invalid } = validated ? partitionRecordShaped(records[table]) : partitionValidRecords(table, records[table]);
    damaged += invalid;
    for (const value of valid) patches.push({ table, op: 'create', id: value.id, value } as Patch);
  }
  store.commit({ origin: 'hydrate', label: 'hydrate', patches });
  if (damaged > 0) store.notify({ kind: 'error', key: 'error.damagedRecords', detail: String(damaged) });
  const plans = Object.values(store.getState().data.plans).sort((a, b) => compareIsoDates(a.createdAt, b.createdAt));
  const activePlanId = plans.some((p) => p.id === preferredPlanId) ? preferredPlanId : (plans[0]?.id ?? null);
  store.setState((s) => ({ ui: { ...s.ui, hydrated: true, activePlanId } }));
}

/**
 * Rows of a snapshot taken as validated, without what is not a record at all (a row that is not
 * an object with an id cannot even be kept in memory until it is checked), counted as damaged.
 */
function partitionRecordShaped(rows: readonly { id: string }[]): { valid: { id: string }[]; invalid: number } {
  const valid = rows.filter((row) => recordIdOf(row) !== null);
  return { valid, invalid: rows.length - valid.length };
}
