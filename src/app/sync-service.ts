import type { OpsDatabase } from '../db/ops-database';
import { createShareSettingsStore } from '../persistence/share-settings';
import type { SyncUpdateLog } from '../persistence/sync-update-log';
import type { OpsStore } from '../store/create-ops-store';
import type { SyncManager } from '../sync/sync-manager';

let loading: Promise<SyncManager> | null = null;
let context: { store: OpsStore; db: OpsDatabase; log: SyncUpdateLog } | null = null;

/**
 * Team sync loads on demand: Yjs and the Hocuspocus provider are fetched when a plan is shared
 * or joined, or at startup when this laptop already has shared plans — never for a workspace
 * that keeps everything local.
 */
export async function startSyncService(store: OpsStore, db: OpsDatabase, log: SyncUpdateLog): Promise<void> {
  context = { store, db, log };
  if ((await createShareSettingsStore(db).list()).length > 0) {
    const manager = await syncManager();
    await manager.resume();
  }
}

export function syncManager(): Promise<SyncManager> {
  if (!context) return Promise.reject(new Error('the workspace is not open'));
  const { store, db, log } = context;
  loading ??= import('../sync/sync-manager').then(({ createSyncManager }) => {
    const manager = createSyncManager(store, log, createShareSettingsStore(db));
    // A laptop that loses its network says so at once, rather than after the socket times out.
    window.addEventListener('offline', () => manager.setOnline(false));
    window.addEventListener('online', () => manager.setOnline(true));
    return manager;
  });
  return loading;
}
