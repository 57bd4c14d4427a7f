import { createIdFactory } from '../../src/domain/ids';
import { installOpsStore } from '../../src/store/bound-store';
import { createOpsStore } from '../../src/store/create-ops-store';

export const TEST_TODAY = '2026-11-24';

/**
 * A fresh store with predictable ids and a fixed clock, installed for the hooks. Two stores
 * standing for two tabs count their ids from different points (`firstId`), as real tabs' random
 * ids differ.
 */
export function createTestStore(today = TEST_TODAY, firstId = 0) {
  let counter = firstId;
  const store = createOpsStore({
    newId: createIdFactory(() => (++counter).toString(16).padStart(8, '0')),
    now: () => `${today}T09:00:00.000Z`,
    today,
  });
  const actions = installOpsStore(store);
  store.setState((s) => ({ ui: { ...s.ui, hydrated: true } }));
  return { store, actions };
}

/** A store holding one empty plan with the default English columns. */
export function createStoreWithPlan() {
  const { store, actions } = createTestStore();
  const planId = actions.createPlan('Launch plan', 'en');
  if (!planId) throw new Error('plan not created');
  const columns = Object.values(store.getState().data.columns).sort((a, b) => (a.rank < b.rank ? -1 : 1));
  return { store, actions, planId, columns };
}
