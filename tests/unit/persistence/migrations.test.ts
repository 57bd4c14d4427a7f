import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, openOpsDatabase } from '../../../src/db/ops-database';
import { SCHEMA_V1 } from '../../../src/db/migrations/v1-initial';
import { SCHEMA_V2 } from '../../../src/db/migrations/v2-scheduling';
import { SCHEMA_V3 } from '../../../src/db/migrations/v3-operations';
import { SCHEMA_V4 } from '../../../src/db/migrations/v4-sync';
import { hydrateStore } from '../../../src/persistence/hydrate';
import { createTestStore } from '../../helpers/test-store';

/**
 * Writes version-1 rows with the raw IndexedDB API, as an older build would have left them
 * (Dexie stores version N as IndexedDB version N × 10), then opens them with today's code.
 */
function writeRaw(name: string, version: number, schema: Record<string, string>, rows: Record<string, object[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version * 10);
    request.onupgradeneeded = () => {
      for (const [table, spec] of Object.entries(schema)) {
        const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
        // Dexie's '++key' is an auto-incremented key path.
        const store = request.result.createObjectStore(table, { keyPath: primary?.replace('++', ''), autoIncrement: primary?.startsWith('++') });
        for (const index of indexes) store.createIndex(index, index);
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(Object.keys(rows), 'readwrite');
      for (const [table, list] of Object.entries(rows)) for (const row of list) tx.objectStore(table).put(row);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('database migrations', () => {
  it('upgrades data stored by a version-1 build to today: calendars, scheduling modes, baselines', async () => {
    const name = `opsplan-v1-${Math.random().toString(36).slice(2)}`;
    await writeRaw(name, 1, SCHEMA_V1, {
      plans: [{ id: 'plan_1', name: '月度运营计划', description: '', ownerId: null, memberIds: [], startDate: '2026-11-01', endDate: '2026-11-30', budget: 1000, status: 'active', createdAt: '2026-11-01T00:00:00Z' }],
      columns: [{ id: 'col_1', planId: 'plan_1', name: '待办', rank: 'a0', category: 'todo', wipLimit: null }],
      tasks: [{ id: 'task_1', planId: 'plan_1', columnId: 'col_1', rank: 'a0', title: '市场调研', description: '', priority: 'high', ownerId: null, raci: {}, startDate: '2026-11-02', dueDate: '2026-11-04', estimateHours: 8, actualHours: null, progress: 0, plannedCost: 100, actualCost: null, tags: [], parentId: null, goalId: null, term: 'short', isMilestone: false, checklist: [], completionStandard: '', expectedResult: '', comments: [], createdAt: '2026-11-01T00:00:00Z', completedAt: null }],
      meta: [{ key: 'seeded', value: true }],
    });
    const { store } = createTestStore();
    const db = openOpsDatabase(name);
    await hydrateStore(store, db, 'en', 'plan_1');
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(store.getState().data.tasks.task_1).toMatchObject({ title: '市场调研', schedulingMode: 'auto', recurrence: null, startedAt: null });
    expect(store.getState().data.plans.plan_1?.calendar).toEqual({ weekendDays: [0, 6], holidays: [], workdays: [] });
    expect(await db.baselines.count()).toBe(0);
    expect(store.getState().ui.activePlanId).toBe('plan_1');
    expect(store.getState().ui.notices).toEqual([]);
  });

  it('upgrades data stored by a version-2 build to version 3: repeating tasks, start stamps, a templates table', async () => {
    const name = `opsplan-v2-${Math.random().toString(36).slice(2)}`;
    const calendar = { weekendDays: [0, 6], holidays: ['2026-10-01'], workdays: ['2026-09-28'] };
    await writeRaw(name, 2, SCHEMA_V2, {
      plans: [{ id: 'plan_1', name: 'Ops', description: '', ownerId: null, memberIds: [], startDate: '2026-11-01', endDate: null, budget: null, status: 'active', createdAt: '2026-11-01T00:00:00Z', calendar }],
      columns: [{ id: 'col_1', planId: 'plan_1', name: 'Doing', rank: 'a0', category: 'doing', wipLimit: 3 }],
      tasks: [{ id: 'task_1', planId: 'plan_1', columnId: 'col_1', rank: 'a0', title: 'Weekly report', description: '', priority: 'medium', ownerId: null, raci: {}, startDate: '2026-11-06', dueDate: '2026-11-06', estimateHours: null, actualHours: null, progress: 40, plannedCost: null, actualCost: null, tags: ['report'], parentId: null, goalId: null, term: null, isMilestone: false, schedulingMode: 'manual', checklist: [], completionStandard: '', expectedResult: '', comments: [], createdAt: '2026-11-01T00:00:00Z', completedAt: null }],
      baselines: [{ id: 'base_1', planId: 'plan_1', name: 'Kick-off', createdAt: '2026-11-01T00:00:00Z', tasks: { task_1: { startDate: '2026-11-06', dueDate: '2026-11-06' } } }],
      meta: [{ key: 'seeded', value: true }],
    });
    const { store } = createTestStore();
    const db = openOpsDatabase(name);
    await hydrateStore(store, db, 'en', 'plan_1');
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const data = store.getState().data;
    expect(data.tasks.task_1).toMatchObject({ title: 'Weekly report', schedulingMode: 'manual', progress: 40, recurrence: null, startedAt: null });
    expect(data.plans.plan_1?.calendar).toEqual(calendar);
    expect(data.baselines.base_1?.name).toBe('Kick-off');
    expect(await db.templates.count()).toBe(0);
    expect(store.getState().ui.notices).toEqual([]);
  });
  it('upgrades data stored by a version-3 build to version 4: records kept, an empty table for sync updates', async () => {
    const name = `opsplan-v3-${Math.random().toString(36).slice(2)}`;
    await writeRaw(name, 3, SCHEMA_V3, {
      plans: [{ id: 'plan_1', name: 'Ops', description: '', ownerId: null, memberIds: [], startDate: '2026-11-01', endDate: null, budget: null, status: 'active', createdAt: '2026-11-01T00:00:00Z', calendar: { weekendDays: [0, 6], holidays: [], workdays: [] } }],
      columns: [{ id: 'col_1', planId: 'plan_1', name: 'Doing', rank: 'a0', category: 'doing', wipLimit: null }],
      tasks: [{ id: 'task_1', planId: 'plan_1', columnId: 'col_1', rank: 'a0', title: '周报', description: '', priority: 'medium', ownerId: null, raci: {}, startDate: null, dueDate: null, estimateHours: null, actualHours: null, progress: 0, plannedCost: null, actualCost: null, tags: [], parentId: null, goalId: null, term: null, isMilestone: false, schedulingMode: 'auto', checklist: [], completionStandard: '', expectedResult: '', comments: [], recurrence: { unit: 'week', interval: 1 }, createdAt: '2026-11-01T00:00:00Z', startedAt: null, completedAt: null }],
      meta: [{ key: 'seeded', value: true }],
    });
    const { store } = createTestStore();
    const db = openOpsDatabase(name);
    await hydrateStore(store, db, 'en', 'plan_1');
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(store.getState().data.tasks.task_1).toMatchObject({ title: '周报', recurrence: { unit: 'week', interval: 1 } });
    expect(await db.syncUpdates.count()).toBe(0);
    await db.syncUpdates.add({ planId: 'plan_1', update: new Uint8Array([0, 0]) });
    expect(await db.syncUpdates.where('planId').equals('plan_1').count()).toBe(1);
    expect(store.getState().ui.notices).toEqual([]);
  });
});

describe('database migrations, continued', () => {
  it('upgrades data stored by a version-4 build to version 5: the same rows, without the indexes nothing read', async () => {
    const name = `opsplan-v4-${Math.random().toString(36).slice(2)}`;
    await writeRaw(name, 4, SCHEMA_V4, {
      plans: [{ id: 'plan_1', name: 'Ops', description: '', ownerId: null, memberIds: [], startDate: null, endDate: null, budget: null, status: 'active', createdAt: '2026-11-01T00:00:00Z', calendar: { weekendDays: [0, 6], holidays: [], workdays: [] } }],
      columns: [{ id: 'col_1', planId: 'plan_1', name: 'To do', rank: 'a0', category: 'todo', wipLimit: null }],
      tasks: [{ id: 'task_1', planId: 'plan_1', columnId: 'col_1', rank: 'a0', title: 'Weekly report', description: '', priority: 'medium', ownerId: null, raci: {}, startDate: null, dueDate: null, estimateHours: null, actualHours: null, progress: 0, plannedCost: null, actualCost: null, tags: [], parentId: null, goalId: null, term: null, isMilestone: false, schedulingMode: 'auto', checklist: [], completionStandard: '', expectedResult: '', comments: [], recurrence: null, createdAt: '2026-11-01T00:00:00Z', startedAt: null, completedAt: null }],
      syncUpdates: [{ seq: 1, planId: 'plan_1', update: new Uint8Array([0, 0]) }],
      meta: [{ key: 'seeded', value: true }],
    });
    const { store } = createTestStore();
    const db = openOpsDatabase(name);
    await hydrateStore(store, db, 'en', 'plan_1');
    expect(db.verno).toBe(5);
    expect(store.getState().data.tasks.task_1).toMatchObject({ title: 'Weekly report', columnId: 'col_1' });
    const indexes = (table: string) => [...db.backendDB().transaction(table, 'readonly').objectStore(table).indexNames];
    expect(indexes('tasks')).toEqual([]);
    expect(indexes('dependencies')).toEqual([]);
    // The sync log is still read by plan.
    expect(indexes('syncUpdates')).toEqual(['planId']);
    expect(await db.syncUpdates.where('planId').equals('plan_1').count()).toBe(1);
    expect(store.getState().ui.notices).toEqual([]);
  });
});

describe('a database upgraded by a newer build', () => {
  it('is refused, not opened and written in an old shape', async () => {
    const { openCurrentDatabase } = await import('../../../src/db/ops-database');
    const name = `opsplan-newer-${Math.random().toString(36).slice(2)}`;
    await writeRaw(name, 9, { ...SCHEMA_V3, syncUpdates: 'seq, planId', addedLater: 'id' }, { meta: [{ key: 'seeded', value: true }] });
    const db = openOpsDatabase(name);
    await expect(openCurrentDatabase(db)).rejects.toMatchObject({ name: 'VersionError' });
    expect(db.isOpen()).toBe(false);
  });
});

describe('durability', () => {
  it('asks Chromium for strict durability, so a saved edit survives a power cut', () => {
    const db = openOpsDatabase(`opsplan-durable-${Math.random().toString(36).slice(2)}`);
    expect((db as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability).toBe('strict');
  });
});
