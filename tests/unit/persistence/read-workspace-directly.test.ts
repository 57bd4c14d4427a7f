import { describe, expect, it } from 'vitest';
import { openCurrentDatabase, openOpsDatabase } from '../../../src/db/ops-database';
import { readWorkspaceDirectly } from '../../../src/db/read-workspace-directly';
import { readWorkspace } from '../../../src/db/record-writes';
import { demoSeed, hydrateFromRecords, hydrateStore, recordsCreatedBy, storeSeedWhenOpen } from '../../../src/persistence/hydrate';
import { startWriteBehind } from '../../../src/persistence/write-behind';
import { createTestStore } from '../../helpers/test-store';

const freshName = () => `opsplan-direct-${Math.random().toString(36).slice(2)}`;
const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

describe('reading the workspace without Dexie', () => {
  it('reads what Dexie reads: every record and the seeded flag', async () => {
    const name = freshName();
    const { store, actions } = createTestStore();
    const db = openOpsDatabase(name);
    await hydrateStore(store, db, 'en', null);
    const writer = startWriteBehind(store, db);
    actions.addTask(store.getState().ui.activePlanId!, Object.values(store.getState().data.columns)[0]!.id, 'Read me directly');
    await writer.idle();
    const throughDexie = await readWorkspace(db);
    db.close();

    const direct = await readWorkspaceDirectly(name);
    expect(direct).toEqual({ kind: 'read', read: throughDexie, fromSnapshot: false, validated: false });
    expect(throughDexie.seeded).toBe(true);
    expect(throughDexie.records.tasks.some((t) => t.title === 'Read me directly')).toBe(true);
  });

  it('tells a first visit, and leaves the database uncreated, for Dexie to create', async () => {
    const name = freshName();
    expect(await readWorkspaceDirectly(name)).toEqual({ kind: 'none' });
    expect(await exists(name)).toBe(false);
    const db = openOpsDatabase(name);
    await openCurrentDatabase(db);
    expect(db.backendDB().version).toBe(50);
    db.close();
  });

  it('leaves an older schema to Dexie, which upgrades it', async () => {
    const name = freshName();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 40);
      request.onupgradeneeded = () => request.result.createObjectStore('plans', { keyPath: 'id' });
      request.onsuccess = () => { request.result.close(); resolve(); };
      request.onerror = () => reject(request.error);
    });
    expect(await readWorkspaceDirectly(name)).toEqual({ kind: 'dexie' });
  });
});

describe('saving while the database is still opening', () => {
  it('saves a change made before the database opened, once it has', async () => {
    const name = freshName();
    const seeded = openOpsDatabase(name);
    const { store, actions } = createTestStore();
    await hydrateStore(store, seeded, 'en', null);
    seeded.close();

    let open!: () => void;
    const opening = new Promise<void>((resolve) => { open = resolve; }).then(async () => {
      const db = openOpsDatabase(name);
      await openCurrentDatabase(db);
      return db;
    });
    const writer = startWriteBehind(store, opening);
    const taskId = actions.addTask(store.getState().ui.activePlanId!, Object.values(store.getState().data.columns)[0]!.id, 'Typed during start-up')!;
    expect(store.getState().ui.save.pending).toBe(1);
    open();
    await writer.idle();
    expect(store.getState().ui.save).toEqual({ pending: 0, failed: false });
    const db = await opening;
    expect((await db.tasks.get(taskId))?.title).toBe('Typed during start-up');
    db.close();
  });

  it('takes a change back, with a message, when the database cannot open', async () => {
    const { store, actions } = createTestStore();
    const db = openOpsDatabase(freshName());
    await hydrateStore(store, db, 'en', null);
    db.close();
    const writer = startWriteBehind(store, Promise.reject(Object.assign(new Error('upgraded by a newer build'), { name: 'VersionError' })));
    const taskId = actions.addTask(store.getState().ui.activePlanId!, Object.values(store.getState().data.columns)[0]!.id, 'Cannot be saved')!;
    await writer.idle();
    expect(store.getState().data.tasks[taskId]).toBeUndefined();
    expect(store.getState().ui.save).toEqual({ pending: 0, failed: true });
    expect(store.getState().ui.notices.at(-1)).toMatchObject({ kind: 'error', key: 'error.saveFailed', detail: 'upgraded by a newer build', action: 'backup' });
  });
});

describe('a first visit', () => {
  it('shows the demo plan at once, stores it once the database opens, then the changes made meanwhile', async () => {
    const name = freshName();
    const { store, actions } = createTestStore();
    const seed = demoSeed(store, 'en');
    hydrateFromRecords(store, recordsCreatedBy(seed), null);
    const planId = store.getState().ui.activePlanId!;
    expect(store.getState().data.plans[planId]?.name).toBe(Object.values(recordsCreatedBy(seed).plans)[0]?.name);

    let open!: () => void;
    const opening = new Promise<void>((resolve) => { open = resolve; }).then(async () => {
      const db = openOpsDatabase(name);
      await openCurrentDatabase(db);
      return db;
    });
    const database = storeSeedWhenOpen(store, seed, opening);
    const writer = startWriteBehind(store, database);
    const taskId = actions.addTask(planId, Object.values(store.getState().data.columns)[0]!.id, 'Added before the demo was stored')!;
    expect(store.getState().ui.save.pending).toBe(2);
    open();
    await writer.idle();
    expect(store.getState().ui.save).toEqual({ pending: 0, failed: false });
    (await database).close();

    const reopened = await readWorkspaceDirectly(name);
    if (reopened.kind !== 'read') throw new Error(`expected a read, got ${reopened.kind}`);
    expect(reopened.read.seeded).toBe(true);
    expect(reopened.read.records.plans.map((p) => p.id)).toEqual([planId]);
    expect(reopened.read.records.tasks.find((t) => t.id === taskId)?.title).toBe('Added before the demo was stored');
    expect(reopened.read.records.tasks).toHaveLength(Object.keys(store.getState().data.tasks).length);
  });

  /** A tab on a first visit: its demo plan on screen, not stored yet, its database opening when told to. */
  function firstVisitTab(name: string, firstId: number) {
    const tab = createTestStore(undefined, firstId);
    const seed = demoSeed(tab.store, 'en');
    hydrateFromRecords(tab.store, recordsCreatedBy(seed), null);
    const database = storeSeedWhenOpen(tab.store, seed, opened(name));
    return { ...tab, seed, database };
  }

  async function opened(name: string) {
    const db = openOpsDatabase(name);
    await openCurrentDatabase(db);
    return db;
  }

  it('keeps one demo plan when two tabs open at once, and both show the one stored', async () => {
    const name = freshName();
    const first = firstVisitTab(name, 0);
    await first.database;
    const second = firstVisitTab(name, 0x10000);
    const ownPlan = second.store.getState().ui.activePlanId;
    const db = await second.database;

    const stored = await readWorkspace(db);
    const firstPlan = first.store.getState().ui.activePlanId!;
    expect(stored.records.plans.map((p) => p.id)).toEqual([firstPlan]);
    // The second tab dropped its own demo plan for the stored one, tasks and all.
    expect(second.store.getState().ui.activePlanId).toBe(firstPlan);
    expect(ownPlan).not.toBe(firstPlan);
    expect(Object.keys(second.store.getState().data.plans)).toEqual([firstPlan]);
    expect(Object.keys(second.store.getState().data.tasks).sort()).toEqual(stored.records.tasks.map((t) => t.id).sort());
    expect(second.store.getState().ui.save).toEqual({ pending: 0, failed: false });
    db.close();
    (await first.database).close();
  });

  it('stores the second tab’s own demo plan too when a change was already made to it, rather than lose the change', async () => {
    const name = freshName();
    const first = firstVisitTab(name, 0);
    await first.database;
    const second = createTestStore(undefined, 0x10000);
    const seed = demoSeed(second.store, 'en');
    hydrateFromRecords(second.store, recordsCreatedBy(seed), null);
    const ownPlan = second.store.getState().ui.activePlanId!;
    second.actions.addTask(ownPlan, Object.values(second.store.getState().data.columns).find((c) => c.planId === ownPlan)!.id, 'Made before the database opened');
    const db = await storeSeedWhenOpen(second.store, seed, opened(name));

    const stored = await readWorkspace(db);
    expect(stored.records.plans.map((p) => p.id).sort()).toEqual([first.store.getState().ui.activePlanId!, ownPlan].sort());
    expect(second.store.getState().ui.activePlanId).toBe(ownPlan);
    db.close();
    (await first.database).close();
  });
});
