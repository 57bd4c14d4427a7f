import * as Y from 'yjs';
import type { Patch } from '../domain/change-set';
import { SHARED_TABLES, type SharedTable } from '../domain/shared-plan-scope';

// A shared plan's Yjs document: one top-level map per table, one nested map per record, one
// entry per field. Yjs merges concurrent writes entry by entry, so a card moved on one laptop
// (columnId, rank) and renamed on another (title) keeps both.
//
// Deletes are tombstones, not removed entries: a removed entry would silently drop a teammate's
// concurrent edit of that record. Each record carries a version vector (`~clock`: writes per Yjs
// client) and a delete stores the vector it saw (`~deleted`). A record is gone only while its
// tombstone covers every write; an edit the deleter had not seen outlives the delete.

const CLOCK = '~clock';
const DELETED = '~deleted';

export type RecordMap = Y.Map<unknown>;
type VersionVector = Record<string, number>;

export function tableOf(doc: Y.Doc, table: SharedTable): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(table);
}

function clockOf(record: RecordMap): Y.Map<number> | undefined {
  const clock = record.get(CLOCK);
  return clock instanceof Y.Map ? (clock as Y.Map<number>) : undefined;
}

/** Counts one more write by this client on the record. */
function bumpClock(record: RecordMap, clientId: number): void {
  let clock = clockOf(record);
  if (!clock) {
    clock = new Y.Map<number>();
    record.set(CLOCK, clock);
  }
  const key = String(clientId);
  clock.set(key, (clock.get(key) ?? 0) + 1);
}

/** Whether the record's tombstone has seen every write made to it. */
export function isDeleted(record: RecordMap): boolean {
  const tombstone = record.get(DELETED) as VersionVector | null | undefined;
  if (!tombstone || typeof tombstone !== 'object') return false;
  const clock = clockOf(record);
  if (!clock) return true;
  for (const [client, writes] of clock.entries()) if ((tombstone[client] ?? 0) < writes) return false;
  return true;
}

/** Whether the record was deleted somewhere but lives on because of an edit the deleter had not seen. */
export function outlivedDelete(record: RecordMap): boolean {
  return record.get(DELETED) != null && !isDeleted(record);
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Writes fields into the record (creating it if needed) and counts the write. */
function writeFields(records: Y.Map<RecordMap>, id: string, fields: Record<string, unknown>, clientId: number): void {
  let record = records.get(id);
  if (!(record instanceof Y.Map)) {
    record = new Y.Map<unknown>();
    records.set(id, record);
  }
  let changed = record.get(DELETED) != null;
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined || field.startsWith('~') || sameJson(record.get(field), value)) continue;
    record.set(field, value);
    changed = true;
  }
  if (changed || !clockOf(record)) bumpClock(record, clientId);
}

function tombstone(records: Y.Map<RecordMap>, id: string): void {
  const record = records.get(id);
  if (!(record instanceof Y.Map) || isDeleted(record)) return;
  record.set(DELETED, Object.fromEntries(clockOf(record)?.entries() ?? []));
}

/** Applies this laptop's patches to the document in one Yjs transaction. */
export function writePatchesToDoc(doc: Y.Doc, patches: readonly Patch[], origin: unknown): void {
  doc.transact(() => {
    for (const patch of patches) {
      const records = tableOf(doc, patch.table as SharedTable);
      if (patch.op === 'delete') tombstone(records, patch.id);
      else writeFields(records, patch.id, patch.op === 'create' ? (patch.value as Record<string, unknown>) : patch.fields, doc.clientID);
    }
  }, origin);
}

/** Brings a deleted record back by counting a write its tombstone has not seen. */
export function reviveRecord(doc: Y.Doc, table: SharedTable, id: string, origin: unknown): void {
  const record = tableOf(doc, table).get(id);
  if (!(record instanceof Y.Map) || !isDeleted(record)) return;
  doc.transact(() => bumpClock(record, doc.clientID), origin);
}

/** The record's fields as plain data, or null when it is missing or deleted. Not yet validated. */
export function readRecordFields(doc: Y.Doc, table: SharedTable, id: string): Record<string, unknown> | null {
  const record = tableOf(doc, table).get(id);
  if (!(record instanceof Y.Map) || isDeleted(record)) return null;
  const fields: Record<string, unknown> = {};
  for (const [field, value] of record.entries()) if (!field.startsWith('~')) fields[field] = value;
  return fields;
}

/** Every record id the document knows, deleted or not, per table. */
export function docRecordIds(doc: Y.Doc): Map<SharedTable, Set<string>> {
  return new Map(SHARED_TABLES.map((table) => [table, new Set(tableOf(doc, table).keys())]));
}
