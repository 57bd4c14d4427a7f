import type { TableName } from '../domain/entities';
import type { OpsDatabase } from './ops-database';
import { LATEST_SCHEMA_VERSION } from './schema-version';
import { readRevision } from './record-writes';
import { RECORD_RULES, SNAPSHOT_KEY, SNAPSHOT_PART_RANGE, snapshotPartKey, type SnapshotHeader, type SnapshotPart } from './workspace-snapshot-row';

// A snapshot is written in steps, each its own short transaction, so that storing 10,000 tasks
// never holds the page for long: remove the last one, store the parts one by one, then seal it
// with its header. Every step first checks that the database is still at the revision the
// records were taken at, and stops (saying false) when it is not: a write came in between, and
// the records are no longer what the tables hold. Without its header a snapshot is never read.

const atRevision = async (db: OpsDatabase, revision: number) => (await readRevision(db)) === revision;

/** Removes the last snapshot, header and parts, before a new one is stored. */
export async function clearSnapshot(db: OpsDatabase, revision: number): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    if (!(await atRevision(db, revision))) return false;
    await db.meta.delete(SNAPSHOT_KEY);
    await db.meta.where('key').between(...SNAPSHOT_PART_RANGE).delete();
    return true;
  });
}

/** Stores one part (a run of one table's records) of the snapshot being written. */
export async function storeSnapshotPart(db: OpsDatabase, revision: number, index: number, table: TableName, records: unknown[]): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    if (!(await atRevision(db, revision))) return false;
    const value: SnapshotPart = { revision, table, records };
    await db.meta.put({ key: snapshotPartKey(index), value });
    return true;
  });
}

/** Seals the snapshot once all of its parts are stored: from then on a start may read it. */
export async function sealSnapshot(db: OpsDatabase, revision: number, parts: number): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    if (!(await atRevision(db, revision))) return false;
    const header: SnapshotHeader = { revision, schema: LATEST_SCHEMA_VERSION, parts, rules: RECORD_RULES };
    await db.meta.put({ key: SNAPSHOT_KEY, value: header });
    return true;
  });
}
