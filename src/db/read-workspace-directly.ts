import { TABLE_NAMES } from '../domain/entities';
import { INDEXEDDB_VERSIONS_PER_SCHEMA, LATEST_SCHEMA_VERSION } from './schema-version';
import type { WorkspaceRead, WorkspaceRecords } from './record-writes';

/**
 * Reads the workspace with IndexedDB's own API, for the first screen: Dexie is about 30 kB of
 * compressed code that only writing needs, so it loads once the plans are on screen. What this
 * reads is what Dexie's read would: Dexie stores each record as the object it was given.
 *
 * Says 'none' when the database does not exist yet (a first visit: the open is cancelled, so it
 * is not created here), and 'dexie' whenever Dexie must open it first: its schema is older (Dexie
 * upgrades it) or newer (this build refuses it), or anything fails. The connection is closed as
 * soon as the read is done, so it never holds back another tab's upgrade.
 */
export type DirectRead = { kind: 'read'; read: WorkspaceRead } | { kind: 'none' } | { kind: 'dexie' };

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
      const done = (result: DirectRead) => {
        idb.close();
        resolve(result);
      };
      const dexie: DirectRead = { kind: 'dexie' };
      const stores = [...TABLE_NAMES, 'meta'];
      if (idb.version !== LATEST_SCHEMA_VERSION * INDEXEDDB_VERSIONS_PER_SCHEMA || !stores.every((store) => idb.objectStoreNames.contains(store))) return done(dexie);
      try {
        const transaction = idb.transaction(stores, 'readonly');
        const records: Partial<Record<string, unknown[]>> = {};
        let seeded = false;
        for (const table of TABLE_NAMES) {
          const all = transaction.objectStore(table).getAll();
          all.onsuccess = () => {
            records[table] = all.result;
          };
        }
        const flag = transaction.objectStore('meta').get('seeded');
        flag.onsuccess = () => {
          seeded = flag.result !== undefined;
        };
        transaction.oncomplete = () => done({ kind: 'read', read: { records: records as WorkspaceRecords, seeded } });
        transaction.onabort = () => done(dexie);
      } catch {
        done(dexie);
      }
    };
  });
}
