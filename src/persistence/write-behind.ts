import type { ChangeSet } from '../domain/change-set';
import type { Revision } from '../db/record-writes';
import { recordWrites } from './record-writes-code';
import type { OpsDatabase } from '../db/ops-database';
import type { OpsStore } from '../store/create-ops-store';
import { afterNextPaint } from './after-next-paint';
import { trackSave } from './save-status';
import { describeStorageError } from './storage-errors';
import type { SyncUpdateLog } from './sync-update-log';

// Changes from teammates are saved too: this laptop must open them offline tomorrow.
const PERSISTED_ORIGINS = new Set<ChangeSet['origin']>(['user', 'undo', 'remote']);

export type WriteBehind = { stop: () => void; /** Resolves once every change set so far is on disk (or failed). */ idle: () => Promise<void> };

/**
 * Persists the user's change sets to IndexedDB, one transaction each, in commit order.
 * Writes start right after the next paint (no batching window), so nothing waits in memory
 * for long when the page hides.
 * Changes from other tabs were saved by their tab; hydration came from disk. `onWritten` hears
 * the database's revision before and after each write (the snapshot keeper follows it).
 */
export function startWriteBehind(store: OpsStore, database: OpsDatabase | Promise<OpsDatabase>, syncLog?: SyncUpdateLog, onWritten?: (revision: Revision) => void): WriteBehind {
  // The database may still be opening (Dexie loads after the first screen): writes wait for it,
  // and if it cannot open, each change fails like a failed write, so memory never runs ahead of disk.
  const opened = Promise.resolve(database);
  opened.catch(() => undefined);
  // A large change set the last session saved to the write journal but had not yet written into
  // its rows is written now, before anything else.
  let queue: Promise<void> = opened.then(drainJournal, () => undefined);
  const track = (delta: number, failed?: boolean) => trackSave(store, delta, failed);
  const stop = store.onChangeSet((changeSet) => {
    if (!PERSISTED_ORIGINS.has(changeSet.origin)) return;
    track(+1);
    // Lets the browser paint the change before IndexedDB copies it: the copy of a 10,000-task
    // import blocks the main thread for most of a second.
    queue = queue
      .then(afterNextPaint)
      .then(() => opened)
      .then(async (db) => {
        const { writeChangeSet } = await recordWrites();
        return { db, written: await writeChangeSet(db, changeSet, syncLog?.takeAttached(changeSet.id)) };
      })
      .then(
        ({ db, written }) => {
          track(-1, false);
          onWritten?.(written);
          // Saved in the journal: its rows are written next, after another paint.
          if (written.journaled) return afterNextPaint().then(() => drainJournal(db));
        },
        (error: unknown) => {
          // The transaction wrote nothing; take the change back in memory too, and offer the
          // whole workspace as a download so no work is lost with a full disk. A teammate's
          // change is not taken back (that would undo it for the whole team): the server keeps
          // it and sends it again on the next connection.
          if (changeSet.origin !== 'remote') store.rollback(changeSet);
          const { key, detail } = describeStorageError(error);
          store.notify({ kind: 'error', key, detail, action: 'backup' });
          track(-1, true);
        },
      );
  });
  return { stop, idle: () => queue };
}

/**
 * Writes the journal into the tables. A failure leaves it where it is, saved: readers apply it,
 * and the next write tries again first (and reports the failure if it fails again).
 */
function drainJournal(db: OpsDatabase): Promise<void> {
  return recordWrites().then(({ applyJournal }) => applyJournal(db)).then(() => undefined, () => undefined);
}
