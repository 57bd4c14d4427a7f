import type { ChangeSet } from '../domain/change-set';
import { TABLE_NAMES, type EntityState, type TableName } from '../domain/entities';
import type { OpsDatabase } from './ops-database';

/**
 * Writes one change set in one read-write transaction: all of its patches land, or none do.
 * Updates write only their fields, so another tab's edit of other fields of the row survives.
 */
export async function writeChangeSet(db: OpsDatabase, changeSet: ChangeSet): Promise<void> {
  const tables = [...new Set(changeSet.patches.map((p) => p.table))].map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    for (const patch of changeSet.patches) {
      const table = db.table(patch.table);
      if (patch.op === 'create') await table.put(patch.value);
      else if (patch.op === 'delete') await table.delete(patch.id);
      else await table.update(patch.id, patch.fields);
    }
  });
}

/** Reads every record of every table in one read transaction: a consistent snapshot to hydrate from. */
export async function readAllRecords(db: OpsDatabase): Promise<{ [T in TableName]: EntityState[T][string][] }> {
  return db.transaction('r', TABLE_NAMES.map((n) => db.table(n)), async () => {
    const entries = await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const));
    return Object.fromEntries(entries) as { [T in TableName]: EntityState[T][string][] };
  });
}

export async function isDatabaseEmpty(db: OpsDatabase): Promise<boolean> {
  return (await db.plans.count()) === 0 && (await db.meta.get('seeded')) === undefined;
}

export async function markSeeded(db: OpsDatabase): Promise<void> {
  await db.meta.put({ key: 'seeded', value: true });
}
