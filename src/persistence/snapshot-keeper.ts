import type { OpsDatabase } from '../db/ops-database';
import { writeSnapshot, type Revision } from '../db/record-writes';
import type { OpsStore } from '../store/create-ops-store';
import { snapshotParts } from './snapshot-parts';

export type SnapshotKeeper = {
  /** Told of each change set this tab wrote, with the revisions before and after it. */
  wrote: (revision: Revision) => void;
  /** Stores a snapshot now if memory holds what the tables do; says whether it did. */
  writeNow: () => Promise<boolean>;
  stop: () => void;
};

/** How long saving must have been quiet before a snapshot is taken: edits come in bursts. */
const QUIET_MS = 2000;

/**
 * Keeps a snapshot of the workspace (see SNAPSHOT_KEY) for the next start, written from
 * memory a few seconds after the last save. Memory is what the tables hold only while this tab
 * has seen every write: it starts from the revision it read, follows its own writes, and stops
 * for the rest of the session once another tab has written (the writes it did not make, or
 * their broadcasts, may not be in memory yet). A snapshot is never written over a newer write:
 * writeSnapshot checks the revision in the same transaction.
 */
export function startSnapshotKeeper(store: OpsStore, database: Promise<OpsDatabase>, start: { revision: number; current: boolean }, quietMs = QUIET_MS): SnapshotKeeper {
  let known: number | null = start.revision;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = !start.current;

  const arm = () => {
    clearTimeout(timer);
    if (known === null || !dirty) return;
    timer = setTimeout(() => void take().catch(() => false), quietMs);
  };

  const take = async (): Promise<boolean> => {
    clearTimeout(timer);
    const at = known;
    // Unsaved changes are in memory but not in the tables; their writes arm the keeper again.
    if (at === null || !dirty || store.getState().ui.save.pending > 0) return false;
    // Records are replaced on change, never edited, so these stay the ones of revision `at`
    // even if a change comes while they are being stored (the change's write then makes the
    // snapshot stale, and arms the keeper again).
    const data = store.getState().data;
    const db = await database;
    const stored = await writeSnapshot(db, at, snapshotParts(data));
    if (stored) dirty = store.getState().data !== data;
    // The revision moved without this tab writing: another tab wrote what memory may lack.
    else if (known === at) known = null;
    return stored;
  };

  const stopListening = store.onChangeSet((changeSet) => {
    // Another tab's change: that tab writes it, and this one cannot tell when.
    if (changeSet.origin === 'tab') known = null;
    dirty = true;
    arm();
  });
  // A hidden page may be closed next, and its timers slow down: take the snapshot at once.
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void take().catch(() => false);
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHidden);
  arm();

  return {
    wrote: ({ previous, next }) => {
      known = known === previous ? next : null;
      dirty = true;
      arm();
    },
    writeNow: take,
    stop: () => {
      clearTimeout(timer);
      stopListening();
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onHidden);
    },
  };
}
