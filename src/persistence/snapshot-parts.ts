import { TABLE_NAMES, type EntityState, type TableName } from '../domain/entities';

/** Records per part: storing one part copies it in one short task (a few ms at 500 tasks). */
const RECORDS_PER_PART = 500;

/**
 * The records in memory as the parts of a workspace snapshot, one at a time: each table's
 * records in id order, the order IndexedDB reads a table in, so a start from the snapshot sees
 * what a start from the tables would. A table is sorted when its first part is asked for.
 */
export function* snapshotParts(data: EntityState): Generator<{ table: TableName; records: unknown[] }> {
  for (const table of TABLE_NAMES) {
    const byId = data[table] as Readonly<Record<string, unknown>>;
    const ids = Object.keys(byId).sort();
    for (let start = 0; start < ids.length; start += RECORDS_PER_PART) {
      yield { table, records: ids.slice(start, start + RECORDS_PER_PART).map((id) => byId[id]) };
    }
  }
}
