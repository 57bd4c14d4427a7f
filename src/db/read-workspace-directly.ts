import { TABLE_NAMES } from '../domain/entities';
import { INDEXEDDB_VERSIONS_PER_SCHEMA, LATEST_SCHEMA_VERSION } from './schema-version';
import type { WorkspaceRead, WorkspaceRecords } from './record-writes';
import { JOURNAL_RANGE } from './journal-keys';
import { REVISION_KEY, SEEDED_KEY, SNAPSHOT_KEY, SNAPSHOT_PART_RANGE, currentSnapshotRecords, isCurrentHeader, revisionOf, writtenUnderTheseRules } from './workspace-snapshot-row';

/**
 * Reads the workspace with IndexedDB's own API, for the first screen: Dexie is about 30 kB of
 * compressed code that only writing needs, so it loads once the plans are on screen. What this
 * reads is what Dexie's read would: Dexie stores each record as the object it was given. A
 * current snapshot (one value holding every record) is read instead of the tables when there is one;
 * otherwise the tables are, unless the write journal holds something (see JOURNAL_PREFIX, journal-keys.ts).
 *
 * Says 'none' when the database does not exist yet (a first visit: the open is cancelled, so it
 * is not created here), and 'dexie' whenever Dexie must open it first: its schema is older (Dexie
 * upgrades it) or newer (this build refuses it), or anything fails. The connection is closed as
 * soon as the read is done, so it never holds back another tab's upgrade. `validated` says the
 * records come from a snapshot written under this build's rules (see writtenUnderTheseRules).
 */
export type DirectRead = { kind: 'read'; read: WorkspaceRead; fromSnapshot: boolean; validated: boolean } | { kind: 'none' } | { kind: 'dexie' };

export function readWorkspaceDirectly(name: string): Promise<DirectRead> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve({ kind: 'dexie' });
      return;
    }
    // Asked for without a version, an existing database opens at its own; only a missing one
    // gets here, and aborting its creation leaves nothing behind.
    let missing = false;
    request.onupgradeneeded = () => {
      missing = true;
      request.transaction?.abort();
    };
    request.onerror = () => resolve(missing ? { kind: 'none' } : { kind: 'dexie' });
    request.onsuccess = () => {
      const idb = request.result;
      // Called once: a current snapshot settles the read before its transaction completes.
      let settled = false;
      const done = (result: DirectRead) => {
        if (settled) return;
        settled = true;
        idb.close();
        resolve(result);
      };
      const dexie: DirectRead = { kind: 'dexie' };
      const stores = [...TABLE_NAMES, 'meta'];
      if (idb.version !== LATEST_SCHEMA_VERSION * INDEXEDDB_VERSIONS_PER_SCHEMA || !stores.every((store) => idb.objectStoreNames.contains(store))) return done(dexie);
      try {
        const transaction = idb.transaction(stores, 'readonly');
        const meta = transaction.objectStore('meta');
        let read: WorkspaceRead | null = null;
        const seeded = meta.get(SEEDED_KEY);
        const revision = meta.get(REVISION_KEY);
        const header = meta.get(SNAPSHOT_KEY);
        const valueOf = (row: unknown) => (row as { value?: unknown } | undefined)?.value;
        // A current snapshot already holds what the write journal does; the tables may not yet.
        // Seldom, a large change saved moments before the page closed is still in the journal:
        // the tables are then left to Dexie's read, which applies it (its code is not the first
        // screen's), rather than read here and again there.
        const readTables = (at: number) => {
          const journal = meta.getAllKeys(IDBKeyRange.bound(...JOURNAL_RANGE), 1);
          journal.onsuccess = () => {
            if (journal.result.length > 0) return;
            const records: Partial<Record<string, unknown[]>> = {};
            for (const table of TABLE_NAMES) {
              const all = transaction.objectStore(table).getAll();
              all.onsuccess = () => {
                records[table] = all.result;
              };
            }
            read = { records: records as WorkspaceRecords, seeded: seeded.result !== undefined, revision: at };
          };
        };
        // The parts are asked for with the header, not once it is in: the header's answer waits for
        // this thread, busy evaluating the app's code meanwhile, and the parts' read would start
        // only then. Requests complete in the order they were made, so theirs is the last; while a
        // request's callback runs, the transaction can still be asked for more. A result is copied
        // into this thread when it is read, so parts left unread (no current snapshot) cost the
        // disk a read, not this thread.
        const parts = meta.getAll(IDBKeyRange.bound(...SNAPSHOT_PART_RANGE));
        parts.onsuccess = () => {
          const at = revisionOf(valueOf(revision.result));
          const snapshot = valueOf(header.result);
          const current = isCurrentHeader(snapshot, at) ? currentSnapshotRecords(snapshot, (parts.result as unknown[]).map(valueOf), at) : null;
          if (!current) return readTables(at);
          // Every request of this transaction has answered (theirs was the last), so the read is
          // done now: waiting for the transaction's complete event left this thread idle for 7 to
          // 12 ms of a cold start at 10,000 tasks (traces). close() lets the transaction finish.
          done({ kind: 'read', read: { records: current, seeded: seeded.result !== undefined, revision: at }, fromSnapshot: true, validated: writtenUnderTheseRules(snapshot) });
        };
        transaction.oncomplete = () => done(read ? { kind: 'read', read, fromSnapshot: false, validated: false } : dexie);
        transaction.onabort = () => done(dexie);
      } catch {
        done(dexie);
      }
    };
  });
}
