import * as Y from 'yjs';
import type { ChangeSet, Patch } from '../domain/change-set';
import { patchBelongsToPlan, recordsOfPlan, SHARED_TABLES, type SharedTable } from '../domain/shared-plan-scope';
import type { SyncUpdateLog } from '../persistence/sync-update-log';
import type { OpsStore } from '../store/create-ops-store';
import { patchesFromDoc, type DirtyRecords } from './doc-patches';
import { outlivedDelete, readRecordFields, reviveRecord, tableOf, writePatchesToDoc } from './record-doc';

/** Transaction origins of this laptop's own writes; anything else came from a teammate. */
const LOCAL = Symbol('local change');
const LOADED = Symbol('loaded from disk');

/** Only changes made here travel (ARCHITECTURE.md); a rollback travels too, as it takes back one that did. */
const SENT_ORIGINS = new Set<ChangeSet['origin']>(['user', 'undo', 'rollback']);

export type PlanSync = {
  doc: Y.Doc;
  /** Uploads the plan's records the document has never seen (held back until the server's copy is in). */
  uploadUnseen: () => void;
  stop: () => void;
};

/**
 * Binds one shared plan's Yjs document to the store: this laptop's change sets are written into
 * the document, and the document's changes from elsewhere come back as 'remote' change sets
 * (saved, shown, never undoable here). The network is someone else's job (plan-connection.ts).
 */
export async function startPlanSync(store: OpsStore, planId: string, log: SyncUpdateLog, options: { uploadAtOnce: boolean } = { uploadAtOnce: true }): Promise<PlanSync> {
  const doc = new Y.Doc();
  const stored = await log.load(planId, Y.mergeUpdates);
  if (stored) Y.applyUpdate(doc, stored, LOADED);

  let dirty: DirtyRecords = new Map();
  const observers = SHARED_TABLES.map((table) => {
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL || transaction.origin === LOADED) return;
      for (const event of events) collectChangedIds(dirty, table, event, tableOf(doc, table) as Y.Map<unknown>);
    };
    tableOf(doc, table).observeDeep(observer);
    return () => tableOf(doc, table).unobserveDeep(observer);
  });

  let localUpdates: Uint8Array[] = [];
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOADED) return;
    if (origin === LOCAL) {
      localUpdates.push(update);
      return;
    }
    const changed = dirty;
    dirty = new Map();
    applyFromDoc(changed, update);
  };
  doc.on('update', onUpdate);

  /** Commits what changed in the document as one 'remote' change set, saved with its update. */
  const applyFromDoc = (changed: DirtyRecords, update: Uint8Array | null) => {
    const { patches, invalid } = patchesFromDoc(doc, changed, store.getState().data);
    if (reviveColumnsOfHomelessTasks(patches)) {
      // The revival's own update comes back through onUpdate and commits the whole picture.
      if (update) void log.append({ planId, update });
      return;
    }
    const id = store.deps.newId('cs');
    if (update) log.attach(id, { planId, update });
    const committed = store.commit({ id, origin: 'remote', label: 'sync.remoteChange', patches });
    // Nothing changed here (we had it already, or it only touched a tombstone): keep the update anyway.
    if (!committed) for (const kept of log.takeAttached(id)) void log.append(kept);
    if (invalid > 0) store.notify({ kind: 'error', key: 'sync.invalidRecords', detail: String(invalid) });
    announceKeptRecords(patches);
  };

  /**
   * A teammate moved a card into a column deleted here (or the other way round): the column
   * comes back rather than the card vanishing from the board. Every laptop reaches the same
   * answer, since a revived record is alive for all of them.
   */
  const reviveColumnsOfHomelessTasks = (patches: Patch[]): boolean => {
    const state = store.getState().data;
    const columnGone = new Set(patches.filter((p) => p.table === 'columns' && p.op === 'delete').map((p) => p.id));
    const columnBack = new Set(patches.filter((p) => p.table === 'columns' && p.op === 'create').map((p) => p.id));
    const missing = new Set<string>();
    const check = (columnId: string) => {
      if (columnBack.has(columnId) || (state.columns[columnId] && !columnGone.has(columnId))) return;
      missing.add(columnId);
    };
    for (const patch of patches) {
      if (patch.table === 'tasks' && patch.op === 'create') check(patch.value.columnId);
      if (patch.table === 'tasks' && patch.op === 'update' && patch.fields.columnId) check(patch.fields.columnId);
    }
    for (const columnId of columnGone) {
      if (Object.values(state.tasks).some((t) => t.columnId === columnId && readRecordFields(doc, 'tasks', t.id))) missing.add(columnId);
    }
    const revivable = [...missing].filter((id) => tableOf(doc, 'columns').has(id));
    if (revivable.length === 0) return false;
    // The revival is a change of the document like a teammate's: it returns through onUpdate
    // with the records it concerns marked, and the whole picture is committed then.
    dirty = mergeDirty(dirty, patches);
    doc.transact(() => revivable.forEach((id) => reviveRecord(doc, 'columns', id, null)), REVIVAL);
    return true;
  };

  const announceKeptRecords = (patches: Patch[]) => {
    for (const patch of patches) {
      if (patch.op !== 'create' || patch.table !== 'tasks') continue;
      const record = tableOf(doc, 'tasks').get(patch.id);
      if (record && outlivedDelete(record)) store.notify({ kind: 'info', key: 'sync.keptAfterDelete', detail: patch.value.title });
    }
  };

  const stopListening = store.onChangeSet((changeSet) => {
    if (!SENT_ORIGINS.has(changeSet.origin)) return;
    const state = store.getState().data;
    const mine = changeSet.patches.filter((patch) => patchBelongsToPlan(patch, planId, state));
    if (mine.length === 0) return;
    localUpdates = [];
    writePatchesToDoc(doc, mine, LOCAL);
    const update = localUpdates.length === 1 ? localUpdates[0] : localUpdates.length > 1 ? Y.mergeUpdates(localUpdates) : null;
    // A rollback's change was never saved here, so neither is its undoing.
    if (update && changeSet.origin !== 'rollback') log.attach(changeSet.id, { planId, update });
  });

  // The document's records come into the store at once. This laptop's records the document has
  // never seen go up at once for a plan it shares, but only after the server's copy has arrived
  // for a plan it joins: uploaded earlier, a record the server already has would be written as a
  // second, competing copy.
  applyFromDoc(new Map(SHARED_TABLES.map((table) => [table, new Set(tableOf(doc, table).keys())])), null);
  const uploadUnseen = () => uploadRecordsUnseenByDoc(doc, store, planId, log);
  if (options.uploadAtOnce) uploadUnseen();

  return {
    doc,
    uploadUnseen,
    stop: () => {
      stopListening();
      observers.forEach((unobserve) => unobserve());
      doc.off('update', onUpdate);
      doc.destroy();
    },
  };
}

const REVIVAL = Symbol('revival');

function mergeDirty(dirty: DirtyRecords, patches: Patch[]): DirtyRecords {
  for (const patch of patches) {
    const table = patch.table as SharedTable;
    if (!dirty.has(table)) dirty.set(table, new Set());
    dirty.get(table)?.add(patch.id);
  }
  return dirty;
}

function collectChangedIds(dirty: DirtyRecords, table: SharedTable, event: Y.YEvent<Y.AbstractType<unknown>>, records: Y.Map<unknown>): void {
  let ids = dirty.get(table);
  if (!ids) dirty.set(table, (ids = new Set()));
  if (event.target === records && event instanceof Y.YMapEvent) {
    for (const key of event.keysChanged) ids.add(key as string);
    return;
  }
  // A change inside a record (or inside its clock): the first step of the path is the record id.
  const recordId = event.path[0];
  if (typeof recordId === 'string') ids.add(recordId);
}

/** Writes the plan's records that the document has no entry for (a plan shared for the first time). */
function uploadRecordsUnseenByDoc(doc: Y.Doc, store: OpsStore, planId: string, log: SyncUpdateLog): void {
  const unseen = recordsOfPlan(store.getState().data, planId).filter(({ table, record }) => !tableOf(doc, table).has(record.id));
  if (unseen.length === 0) return;
  const before = Y.encodeStateVector(doc);
  writePatchesToDoc(doc, unseen.map(({ table, record }) => ({ table, op: 'create', id: record.id, value: record }) as Patch), LOCAL);
  void log.append({ planId, update: Y.encodeStateAsUpdate(doc, before) });
}
