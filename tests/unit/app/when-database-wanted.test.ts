import { describe, expect, it, vi } from 'vitest';
import { whenDatabaseWanted } from '../../../src/app/when-database-wanted';
import { createStoreWithPlan } from '../../helpers/test-store';

/** Whether a promise has settled once pending callbacks have run. */
async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('whenDatabaseWanted', () => {
  it('waits for the first screen to settle when nothing changes', async () => {
    const { store } = createStoreWithPlan();
    const settled = deferred();
    const wanted = whenDatabaseWanted(store, settled.promise);
    expect(await hasSettled(wanted)).toBe(false);
    settled.resolve();
    expect(await hasSettled(wanted)).toBe(true);
  });

  it('does not wait for it when there is a change to save', async () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const settled = deferred();
    const wanted = whenDatabaseWanted(store, settled.promise);
    actions.addTask(planId, columns[0]?.id ?? '', 'Weekly report');
    expect(await hasSettled(wanted)).toBe(true);
  });

  it('stops listening to changes once wanted', async () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const listen = store.onChangeSet;
    const stops: Array<ReturnType<typeof vi.fn>> = [];
    store.onChangeSet = (listener) => {
      const stop = vi.fn(listen(listener));
      stops.push(stop);
      return stop;
    };
    const wanted = whenDatabaseWanted(store, new Promise(() => {}));
    expect(stops).toHaveLength(1);
    expect(stops[0]).not.toHaveBeenCalled();
    actions.addTask(planId, columns[0]?.id ?? '', 'Weekly report');
    await wanted;
    expect(stops[0]).toHaveBeenCalledTimes(1);
  });
});
