import type { OpsStore } from '../store/create-ops-store';

/**
 * Resolves when start-up should open the database: once the first screen has settled, or at the
 * first change set before that, whichever comes first. The first screen does not wait for Dexie's
 * code, and a change made in the first second is not held back by the wait.
 */
export function whenDatabaseWanted(store: OpsStore, settled: Promise<void>): Promise<void> {
  let stopListening = () => {};
  const wanted = new Promise<void>((resolve) => {
    stopListening = store.onChangeSet(() => resolve());
    void settled.then(() => resolve());
  });
  return wanted.then(() => {
    stopListening();
  });
}
