import { describe, expect, it } from 'vitest';
import { openOpsDatabase } from '../../../src/db/ops-database';
import { hydrateStore } from '../../../src/persistence/hydrate';
import { describeStorageError } from '../../../src/persistence/storage-errors';
import { startWriteBehind } from '../../../src/persistence/write-behind';
import { selectPlanColumns } from '../../../src/store/plan-selectors';
import { createTestStore } from '../../helpers/test-store';

let dbCounter = 0;
const freshName = () => `opsplan-test-${++dbCounter}-${Math.random().toString(36).slice(2)}`;

/** Opens a store on a database the way the app does: hydrate, then persist user changes. */
async function openApp(name: string) {
  const { store, actions } = createTestStore();
  const db = openOpsDatabase(name);
  await hydrateStore(store, db, 'en', null);
  const writer = startWriteBehind(store, db);
  return { store, actions, db, writer };
}

describe('persistence', () => {
  it('seeds the demo plan on first open only, and keeps it across reloads', async () => {
    const name = freshName();
    const first = await openApp(name);
    const planIds = Object.keys(first.store.getState().data.plans);
    expect(planIds).toHaveLength(1);
    expect(first.store.getState().ui.activePlanId).toBe(planIds[0]);
    expect(first.store.getState().history.past).toEqual([]);
    first.db.close();

    const second = await openApp(name);
    expect(Object.keys(second.store.getState().data.plans)).toEqual(planIds);
  });

  it('does not bring the demo back after the user deleted every plan', async () => {
    const name = freshName();
    const app = await openApp(name);
    app.actions.deletePlan(app.store.getState().ui.activePlanId!);
    await app.writer.idle();
    app.db.close();
    const reopened = await openApp(name);
    expect(reopened.store.getState().data.plans).toEqual({});
  });

  it('saves every user change, including undo, and reloads the same workspace', async () => {
    const name = freshName();
    const app = await openApp(name);
    const planId = app.actions.createPlan('Q4 launch', 'en')!;
    const [todo, doing] = selectPlanColumns(app.store.getState(), planId);
    const taskId = app.actions.addTask(planId, todo!.id, '<img src=x onerror=alert(1)>')!;
    app.actions.moveTask(taskId, { columnId: doing!.id, beforeId: null, afterId: null });
    app.actions.updateTask(taskId, { priority: 'urgent', tags: ['ads'] });
    app.actions.undo();
    await app.writer.idle();
    app.db.close();

    const reloaded = await openApp(name);
    expect(reloaded.store.getState().data).toEqual(app.store.getState().data);
    expect(reloaded.store.getState().data.tasks[taskId]).toMatchObject({ columnId: doing!.id, priority: 'medium', title: '<img src=x onerror=alert(1)>' });
  });

  it('keeps edits of different fields of one task made by two tabs', async () => {
    const name = freshName();
    const tabA = await openApp(name);
    const taskId = Object.keys(tabA.store.getState().data.tasks)[0]!;
    const tabB = await openApp(name);
    tabA.actions.updateTask(taskId, { title: 'Renamed in A' });
    tabB.actions.updateTask(taskId, { priority: 'low' });
    await Promise.all([tabA.writer.idle(), tabB.writer.idle()]);

    const reloaded = await openApp(name);
    expect(reloaded.store.getState().data.tasks[taskId]).toMatchObject({ title: 'Renamed in A', priority: 'low' });
  });

  it('leaves damaged rows on disk, loads the rest, and says so', async () => {
    const name = freshName();
    const app = await openApp(name);
    const planId = app.store.getState().ui.activePlanId!;
    await app.db.tasks.put({ id: 'task_bad', planId, title: 42 } as never);
    app.db.close();
    const reopened = await openApp(name);
    expect(reopened.store.getState().data.tasks.task_bad).toBeUndefined();
    expect(Object.keys(reopened.store.getState().data.tasks).length).toBeGreaterThan(5);
    expect(reopened.store.getState().ui.notices).toEqual([expect.objectContaining({ key: 'error.damagedRecords', detail: '1' })]);
    expect(await reopened.db.tasks.get('task_bad')).toBeDefined();
  });
});

describe('storage errors', () => {
  it('takes back a change the disk refuses, keeps what was stored, and offers a download', async () => {
    const name = freshName();
    const app = await openApp(name);
    const planId = app.store.getState().ui.activePlanId!;
    const [todo] = selectPlanColumns(app.store.getState(), planId);
    const kept = app.actions.addTask(planId, todo!.id, 'Saved before the disk filled up')!;
    await app.writer.idle();
    expect(app.store.getState().ui.save).toEqual({ pending: 0, failed: false });

    // The disk is full from now on: every write transaction aborts with a quota error.
    const quota = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    const realTransaction = app.db.transaction.bind(app.db);
    app.db.transaction = (() => Promise.reject(quota)) as unknown as typeof app.db.transaction;
    const lost = app.actions.addTask(planId, todo!.id, 'Typed while the disk was full')!;
    expect(app.store.getState().ui.save.pending).toBe(1);
    await app.writer.idle();

    const state = app.store.getState();
    expect(state.data.tasks[lost]).toBeUndefined();
    expect(state.data.tasks[kept]).toBeDefined();
    expect(state.history.past.map((c) => c.label)).toEqual(['action.addTask']);
    expect(state.ui.save).toEqual({ pending: 0, failed: true });
    expect(state.ui.notices.at(-1)).toMatchObject({ kind: 'error', key: 'error.quota', action: 'backup' });

    app.db.transaction = realTransaction;
    app.db.close();
    const reopened = await openApp(name);
    expect(reopened.store.getState().data.tasks[kept]?.title).toBe('Saved before the disk filled up');
    expect(reopened.store.getState().data.tasks[lost]).toBeUndefined();
  });

  it('recognises a full disk inside Dexie’s AbortError', () => {
    const quota = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(describeStorageError(quota)).toEqual({ key: 'error.quota', detail: '' });
    expect(describeStorageError(new Error('boom'))).toEqual({ key: 'error.saveFailed', detail: 'boom' });
  });
});
