import type { OpsDatabase } from '../db/ops-database';

export type SyncUpdate = { planId: string; update: Uint8Array };

/** Where a shared plan's Yjs updates are kept on this laptop (beside its records, in Dexie). */
export type SyncUpdateLog = {
  /** Keeps the update for the change set it produced: the write-behind saves both in one transaction. */
  attach: (changeSetId: string, update: SyncUpdate) => void;
  /** Hands the write-behind what was attached to a change set (and forgets it). */
  takeAttached: (changeSetId: string) => SyncUpdate[];
  /** Saves an update that changed no record here, such as a teammate's edit we already had. */
  append: (update: SyncUpdate) => Promise<void>;
  /**
   * Every stored update of a plan, merged into one (and stored so, when there were many). The
   * merge comes from Yjs, which the caller has loaded: the first screen does not carry it.
   */
  load: (planId: string, mergeUpdates: (updates: Uint8Array[]) => Uint8Array) => Promise<Uint8Array | null>;
  /** Forgets a plan's updates when it stops being shared. */
  clear: (planId: string) => Promise<void>;
};

/** Above this many stored updates a plan's log is replaced by their merge on the next load. */
const COMPACT_AFTER = 200;

/** The log is made before the database is open (Dexie loads after the first screen); its reads and writes wait for it. */
export function createSyncUpdateLog(database: OpsDatabase | Promise<OpsDatabase>): SyncUpdateLog {
  const opened = Promise.resolve(database);
  opened.catch(() => undefined);
  const attached = new Map<string, SyncUpdate[]>();
  return {
    attach: (changeSetId, update) => attached.set(changeSetId, [...(attached.get(changeSetId) ?? []), update]),
    takeAttached: (changeSetId) => {
      const updates = attached.get(changeSetId) ?? [];
      attached.delete(changeSetId);
      return updates;
    },
    append: async (update) => {
      const db = await opened;
      await db.syncUpdates.add({ planId: update.planId, update: update.update });
    },
    load: async (planId, mergeUpdates) => {
      const db = await opened;
      // One read-write transaction: another tab appending meanwhile is either merged or kept.
      return db.transaction('rw', db.syncUpdates, async () => {
        const rows = await db.syncUpdates.where('planId').equals(planId).sortBy('seq');
        if (rows.length === 0) return null;
        const merged = mergeUpdates(rows.map((row) => row.update));
        if (rows.length > COMPACT_AFTER) {
          await db.syncUpdates.bulkDelete(rows.map((row) => row.seq as number));
          await db.syncUpdates.add({ planId, update: merged });
        }
        return merged;
      });
    },
    clear: async (planId) => {
      const db = await opened;
      await db.syncUpdates.where('planId').equals(planId).delete();
    },
  };
}
