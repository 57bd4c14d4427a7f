import { TABLE_NAMES, emptyEntityLists, type TableName } from '../domain/entities';
import { LATEST_SCHEMA_VERSION } from './schema-version';
import type { WorkspaceRecords } from './record-writes';

// Apart from ops-database.ts, which imports Dexie: the first screen reads the snapshot without it.

/** Set by the build (vite.config.ts): a fingerprint of the domain code and zod release records are validated with. */
declare const __OPSPLAN_RECORD_RULES__: string;
export const RECORD_RULES: string = __OPSPLAN_RECORD_RULES__;

/**
 * The meta row counting writes: every change set's transaction adds one. A snapshot is current
 * only while the count is the one it was written at.
 */
export const REVISION_KEY = 'revision';

/** The meta row saying the demo plan was stored once: deleting every plan later keeps the workspace empty. */
export const SEEDED_KEY = 'seeded';

/**
 * The workspace snapshot: every record of the workspace in a few meta rows, a header at
 * SNAPSHOT_KEY and its parts after SNAPSHOT_PART_PREFIX, written in one transaction at one
 * revision. Reading a few large values is several times faster than reading 20,000 rows (at
 * 10,000 tasks about 150 ms against 700 in Chromium), so a returning user's plans show sooner.
 * The records stay objects, not JSON: Chromium validates objects read this way about twice as
 * fast as parsed ones. The tables stay the truth: a snapshot whose revision or schema is not the
 * database's is ignored, never repaired.
 *
 * The header also names the rules (RECORD_RULES) the records were validated by. A snapshot is
 * written from memory, and records enter memory validated; a start by a build with the same
 * rules shows them before validating them again, which is a sixth of a start at 10,000 tasks
 * (see persistence/verify-when-idle.ts, which still does, once the plans are on screen).
 */
export const SNAPSHOT_KEY = 'snapshot';
export const SNAPSHOT_PART_PREFIX = 'snapshot:';
/** `rules` is absent from snapshots written before it was recorded. */
export type SnapshotHeader = { revision: number; schema: number; parts: number; rules?: string };
/** A run of one table's records, in id order. Parts are small enough to store one per task. */
export type SnapshotPart = { revision: number; table: TableName; records: unknown[] };

/** Keys of the parts: zero-padded, so they sort in the order they were written. */
export const snapshotPartKey = (index: number) => `${SNAPSHOT_PART_PREFIX}${String(index).padStart(6, '0')}`;
/** Every part's key, and nothing else's ('snapshot:' sorts after the header's 'snapshot'). */
export const SNAPSHOT_PART_RANGE: [string, string] = [SNAPSHOT_PART_PREFIX, `${SNAPSHOT_PART_PREFIX}\uffff`];

/** The count of writes so far in a meta row's value; a database never written to is at 0. */
export function revisionOf(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

/** Whether a header promises a snapshot written at this revision by this schema. */
export function isCurrentHeader(header: unknown, revision: number): header is SnapshotHeader {
  const h = header as Partial<SnapshotHeader> | undefined;
  return !!h && h.revision === revision && h.schema === LATEST_SCHEMA_VERSION && typeof h.parts === 'number';
}

/** Whether a snapshot's records were validated, when they entered memory, by the rules this build validates with. */
export function writtenUnderTheseRules(header: unknown): boolean {
  return (header as Partial<SnapshotHeader> | undefined)?.rules === RECORD_RULES;
}

/**
 * The records of a current snapshot from its header and parts (the values of the meta rows), or
 * null when any part is missing or not of this snapshot, and the tables must be read instead.
 * The records are not validated here (see hydrateFromRecords).
 */
export function currentSnapshotRecords(header: unknown, parts: readonly unknown[], revision: number): WorkspaceRecords | null {
  if (!isCurrentHeader(header, revision) || parts.length !== header.parts) return null;
  const records = emptyEntityLists() as Record<TableName, unknown[]>;
  for (const value of parts) {
    const part = value as Partial<SnapshotPart> | undefined;
    if (!part || part.revision !== revision || !TABLE_NAMES.includes(part.table as TableName) || !Array.isArray(part.records)) return null;
    const into = records[part.table as TableName];
    for (const record of part.records) into.push(record);
  }
  return records as WorkspaceRecords;
}
