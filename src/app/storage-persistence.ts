import type { OpsStore } from '../store/create-ops-store';

/**
 * Asks the browser to keep this site's data under storage pressure (it may still say no), and
 * records the answer and the space used, which the header shows.
 */
export async function requestPersistentStorage(store: OpsStore): Promise<void> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) {
    store.setState((s) => ({ ui: { ...s.ui, storage: { persistent: null, usedBytes: null } } }));
    return;
  }
  try {
    const persistent = (await storage.persisted()) || (await storage.persist());
    const estimate = await storage.estimate();
    store.setState((s) => ({ ui: { ...s.ui, storage: { persistent, usedBytes: estimate.usage ?? null } } }));
  } catch {
    store.setState((s) => ({ ui: { ...s.ui, storage: { persistent: null, usedBytes: null } } }));
  }
}
