import * as Y from 'yjs';
import { createIdFactory } from '../../src/domain/ids';
import type { SyncUpdate, SyncUpdateLog } from '../../src/persistence/sync-update-log';
import { installOpsStore } from '../../src/store/bound-store';
import { createOpsStore, type OpsStore } from '../../src/store/create-ops-store';
import { TEST_TODAY } from './test-store';

/** A log in memory that behaves like the Dexie one: attached updates are saved when taken. */
export function createMemorySyncLog(): SyncUpdateLog & { saved: SyncUpdate[] } {
  const saved: SyncUpdate[] = [];
  const attached = new Map<string, SyncUpdate[]>();
  return {
    saved,
    attach: (id, update) => attached.set(id, [...(attached.get(id) ?? []), update]),
    takeAttached: (id) => {
      const updates = attached.get(id) ?? [];
      attached.delete(id);
      return updates;
    },
    append: async (update) => { saved.push(update); },
    load: async (planId, mergeUpdates) => {
      const updates = saved.filter((u) => u.planId === planId).map((u) => u.update);
      return updates.length ? mergeUpdates(updates) : null;
    },
    clear: async (planId) => { saved.splice(0, saved.length, ...saved.filter((u) => u.planId !== planId)); },
  };
}

let laptopCount = 0;

/** One laptop: its own store, ids that never collide with another laptop's, and its sync log. */
export function createLaptop(name = `l${++laptopCount}`) {
  let counter = 0;
  const store = createOpsStore({
    newId: createIdFactory(() => `${name}x${(++counter).toString(16)}`),
    now: () => `${TEST_TODAY}T09:00:00.000Z`,
    today: TEST_TODAY,
  });
  const actions = installOpsStore(store);
  store.setState((s) => ({ ui: { ...s.ui, hydrated: true } }));
  const log = createMemorySyncLog();
  // Saves what the write-behind would: every change set's attached update, once listeners have run.
  store.onChangeSet((changeSet) => queueMicrotask(() => { for (const update of log.takeAttached(changeSet.id)) void log.append(update); }));
  return { name, store, actions, log };
}

export type Laptop = ReturnType<typeof createLaptop>;

/** Two documents joined by a cable that can be pulled: offline edits are exchanged on reconnect. */
export function connectDocs(a: Y.Doc, b: Y.Doc) {
  let online = true;
  const WIRE = Symbol('wire');
  const forward = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (online && origin !== WIRE) Y.applyUpdate(to, update, WIRE);
  };
  const toB = forward(b);
  const toA = forward(a);
  a.on('update', toB);
  b.on('update', toA);
  const exchange = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), WIRE);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), WIRE);
  };
  exchange();
  return {
    offline: () => { online = false; },
    online: () => { online = true; exchange(); },
  };
}

export function storeSnapshot(store: OpsStore, planId: string) {
  const data = store.getState().data;
  const ofPlan = <T extends { id: string; planId: string }>(records: Record<string, T>) => Object.values(records).filter((r) => r.planId === planId).sort((x, y) => x.id.localeCompare(y.id));
  return { plan: data.plans[planId], columns: ofPlan(data.columns), tasks: ofPlan(data.tasks), dependencies: ofPlan(data.dependencies) };
}
