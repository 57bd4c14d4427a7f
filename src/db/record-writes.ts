import type { ChangeSet, Patch } from '../domain/change-set';
import { TABLE_NAMES, type EntityLists } from '../domain/entities';
import type { OpsDatabase, SyncUpdateRow } from './ops-database';
import { REVISION_KEY, SEEDED_KEY, revisionOf } from './workspace-snapshot-row';
import { JOURNAL_RANGE, JOURNAL_THRESHOLD } from './journal-keys';
import { journalRows, pendingChangeSets, withJournalApplied } from './write-journal';

const WRITE_CHUNK = 500;

/** The database's count of writes before and after one: the snapshot keeper follows it. */
export type Revision = { previous: number; next: number };

/** The database's count of writes before and after one, and whether it went through the write journal. */
export type Written = Revision & { journaled: boolean };

/**
 * Writes one change set in one read-write transaction: all of its patches land, or none do.
 * Updates write only their fields, so another tab's edit of other fields of the row survives.
 * The same transaction counts the write (REVISION_KEY), which makes any snapshot stale.
 * A large change set is saved to the write journal (see JOURNAL_PREFIX, journal-keys.ts) and written into its rows
 * by applyJournal; a small one first applies whatever the journal holds, then writes its rows.
 */
export async function writeChangeSet(db: OpsDatabase, changeSet: ChangeSet, syncUpdates: readonly SyncUpdateRow[] = []): Promise<Written> {
  const journaled = changeSet.patches.length >= JOURNAL_THRESHOLD;
  // A small change set first writes whatever the journal holds, whose tables are not known yet.
  const tables = journaled ? [] : TABLE_NAMES.map((name) => db.table(name));
  if (syncUpdates.length > 0) tables.push(db.table('syncUpdates'));
  tables.push(db.table('meta'));
  return db.transaction('rw', tables, async () => {
    const previous = await readRevision(db);
    await db.meta.put({ key: REVISION_KEY, value: previous + 1 });
    // A shared plan's Yjs update lands with the records it produced, or neither does.
    if (syncUpdates.length > 0) await db.syncUpdates.bulkAdd(syncUpdates.map(({ planId, update }) => ({ planId, update })));
    if (journaled) {
      // One part per request: each is a short task, and the page paints between them.
      for (const row of journalRows(previous + 1, changeSet.patches)) await db.meta.put(row);
    } else {
      await writeJournalIntoRows(db);
      await writePatchRows(db, changeSet.patches);
    }
    return { previous, next: previous + 1, journaled };
  });
}

/**
 * Writes what the write journal holds into the tables and empties it, in one transaction; false
 * when it held nothing. Safe to run from any tab at any time: a journaled change set is written
 * once, by whichever transaction comes first.
 */
export function applyJournal(db: OpsDatabase): Promise<boolean> {
  return db.transaction('rw', [...TABLE_NAMES.map((name) => db.table(name)), db.meta], () => writeJournalIntoRows(db));
}

async function writeJournalIntoRows(db: OpsDatabase): Promise<boolean> {
  const rows = await db.meta.where('key').between(...JOURNAL_RANGE).toArray();
  if (rows.length === 0) return false;
  for (const patches of pendingChangeSets(rows.map((row) => row.value))) await writePatchRows(db, patches);
  await db.meta.bulkDelete(rows.map((row) => row.key));
  return true;
}

/** Writes patches into their rows, in order, within the caller's transaction. */
async function writePatchRows(db: OpsDatabase, patches: readonly Patch[]): Promise<void> {
  // Runs of creates or deletes on one table go in one bulk call (an import of 10,000 tasks is
  // a few calls, not 10,000); order between runs is kept, so delete-then-create still works.
  for (let start = 0; start < patches.length; ) {
    const first = patches[start] as Patch;
    let end = start + 1;
    if (first.op !== 'update') while (end < patches.length && patches[end]?.op === first.op && patches[end]?.table === first.table) end++;
    const run = patches.slice(start, end);
    const table = db.table(first.table);
    if (first.op === 'update') await table.update(first.id, first.fields);
    // Chunks keep the page painting: each chunk's copy is a short task, and the transaction
    // stays open between them because a request is always pending.
    for (let i = 0; first.op !== 'update' && i < run.length; i += WRITE_CHUNK) {
      const chunk = run.slice(i, i + WRITE_CHUNK);
      if (first.op === 'create') await table.bulkPut(chunk.map((p) => (p as Extract<Patch, { op: 'create' }>).value));
      else await table.bulkDelete(chunk.map((p) => p.id));
    }
    start = end;
  }
}

/** Every stored record, table by table. */
export type WorkspaceRecords = EntityLists;
/**
 * The records, whether the demo plan was ever written (so an empty workspace stays empty), and
 * the count of writes they reflect.
 */
export type WorkspaceRead = { records: WorkspaceRecords; seeded: boolean; revision: number };

/**
 * Reads every record of every table, whether the demo plan was ever written and the revision, in
 * one read transaction: a consistent snapshot to hydrate from, in one round trip to the database.
 * Change sets still in the write journal are applied on top, as they will be to the tables.
 */
export async function readWorkspace(db: OpsDatabase): Promise<WorkspaceRead> {
  return db.transaction('r', [...TABLE_NAMES.map((n) => db.table(n)), db.meta], async () => {
    const [entries, seeded, revision, rows] = await Promise.all([
      Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const)),
      db.meta.get(SEEDED_KEY),
      readRevision(db),
      db.meta.where('key').between(...JOURNAL_RANGE).toArray(),
    ]);
    const records = withJournalApplied(Object.fromEntries(entries) as WorkspaceRecords, pendingChangeSets(rows.map((row) => row.value)));
    return { records, seeded: seeded !== undefined, revision };
  });
}

/** The database's count of writes so far (see REVISION_KEY). */
export async function readRevision(db: OpsDatabase): Promise<number> {
  return revisionOf((await db.meta.get(REVISION_KEY))?.value);
}

/**
 * Stores the demo plan a first visit starts with and remembers it was stored, in one transaction,
 * unless the workspace was seeded already or holds a plan: two tabs opened at once on a first
 * visit each build a demo plan, and only the first stored is kept. Says whether this one was.
 */
export async function writeSeedOnce(db: OpsDatabase, seed: ChangeSet): Promise<boolean> {
  return db.transaction('rw', [...TABLE_NAMES.map((name) => db.table(name)), db.meta], async () => {
    if ((await db.meta.get(SEEDED_KEY)) !== undefined || (await db.plans.count()) > 0) return false;
    await writeChangeSet(db, seed);
    await db.meta.put({ key: SEEDED_KEY, value: true });
    return true;
  });
}
