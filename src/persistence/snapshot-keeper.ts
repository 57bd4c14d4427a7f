import type { OpsDatabase } from '../db/ops-database';
import type { Revision } from '../db/record-writes';
import { snapshotWrites } from './record-writes-code';
import type { OpsStore } from '../store/create-ops-store';
import { snapshotParts } from './snapshot-parts';
import { idlePeriod } from './idle-period';

export type SnapshotKeeper = {
  /** Told of each change set this tab wrote, with the revisions before and after it. */
  wrote: (revision: Revision) => void;
  /** Stores a snapshot now, without waiting for idle time, if memory holds what the tables do; says whether it did. */
  writeNow: () => Promise<boolean>;
  stop: () => void;
};

/** How long saving must have been quiet before a snapshot is taken: edits come in bursts. */
const QUIET_MS = 2000;

type StorageEstimate = () => Promise<{ usage?: number; quota?: number } | undefined>;

export type SnapshotKeeperOptions = {
  quietMs?: number;
  /** How much of this site's storage is used and allowed (navigator.storage.estimate by default). */
  estimate?: StorageEstimate;
};

const browserEstimate: StorageEstimate = async () => (typeof navigator !== 'undefined' && navigator.storage?.estimate ? navigator.storage.estimate() : undefined);

/**
 * A snapshot is a second copy of the records, so it is taken only while at most half of the
 * allowed storage is used: it can never take the space the user's next save needs.
 */
async function roomForSnapshot(estimate: StorageEstimate): Promise<boolean> {
  const { usage, quota } = (await estimate().catch(() => undefined)) ?? {};
  return usage === undefined || quota === undefined || usage * 2 <= quota;
}

/**
 * Keeps a snapshot of the workspace (see SNAPSHOT_KEY) for the next start, written from memory
 * a couple of seconds after the last save, a part at a time when the page is idle. Memory is
 * what the tables hold only while this tab has seen every write: it starts from the revision it
 * read, follows its own writes, and stops for the rest of the session once another tab has
 * written (the writes it did not make, or their broadcasts, may not be in memory yet). Each step
 * of writing checks the revision (see snapshot-writes), so a snapshot never outlives a newer write.
 * A snapshot only speeds up the next start: when storing one fails (a full disk), the keeper
 * removes what it stored and takes no more this session.
 */
export function startSnapshotKeeper(store: OpsStore, database: Promise<OpsDatabase>, start: { revision: number; current: boolean }, options: SnapshotKeeperOptions = {}): SnapshotKeeper {
  const { quietMs = QUIET_MS, estimate = browserEstimate } = options;
  let known: number | null = start.revision;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = !start.current;
  let writing = false;

  const arm = () => {
    clearTimeout(timer);
    if (known === null || !dirty) return;
    timer = setTimeout(() => void take(idlePeriod), quietMs);
  };

  const take = async (pause: () => Promise<void>): Promise<boolean> => {
    clearTimeout(timer);
    const at = known;
    // Unsaved changes are in memory but not in the tables; their writes arm the keeper again.
    if (writing || at === null || !dirty || store.getState().ui.save.pending > 0) return false;
    writing = true;
    let db: OpsDatabase | undefined;
    try {
      // No room: the space of the last snapshot goes back to the user's saves (in the catch).
      if (!(await roomForSnapshot(estimate))) throw new Error('storage more than half full');
      // Records are replaced on change, never edited: while the data is this object, its
      // records are the ones of revision `at`. A change in between stops the writing (its
      // write arms the keeper again).
      const data = store.getState().data;
      const unchanged = () => store.getState().data === data && known === at;
      db = await database;
      const { clearSnapshot, sealSnapshot, storeSnapshotPart } = await snapshotWrites();
      let stored = await clearSnapshot(db, at);
      let parts = 0;
      for (const part of snapshotParts(data)) {
        if (!stored) break;
        await pause();
        if (!unchanged()) return false;
        stored = await storeSnapshotPart(db, at, parts++, part.table, part.records);
      }
      stored = stored && unchanged() && (await sealSnapshot(db, at, parts));
      if (stored) dirty = false;
      // The revision moved without this tab writing: another tab wrote what memory may lack.
      else if (known === at && store.getState().data === data) known = null;
      return stored;
    } catch {
      known = null;
      db ??= await database.catch(() => undefined);
      const opened = db;
      if (opened) await snapshotWrites().then(({ clearSnapshot }) => clearSnapshot(opened, at)).catch(() => false);
      return false;
    } finally {
      writing = false;
      // Stopped by a change, or asked for meanwhile: try again once saving is quiet.
      arm();
    }
  };

  const stopListening = store.onChangeSet((changeSet) => {
    // Another tab's change: that tab writes it, and this one cannot tell when.
    if (changeSet.origin === 'tab') known = null;
    dirty = true;
    arm();
  });
  // A hidden page may be closed next, and gets little idle time: write at once.
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void take(now);
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHidden);
  arm();

  return {
    wrote: ({ previous, next }) => {
      known = known === previous ? next : null;
      dirty = true;
      arm();
    },
    writeNow: () => take(now),
    stop: () => {
      clearTimeout(timer);
      stopListening();
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onHidden);
    },
  };
}

const now = () => Promise.resolve();
