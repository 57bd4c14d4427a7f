import { describe, expect, it } from 'vitest';
import { openOpsDatabase } from '../../../src/db/ops-database';
import { SCHEMA_V1 } from '../../../src/db/migrations/v1-initial';
import { hydrateStore } from '../../../src/persistence/hydrate';
import { createTestStore } from '../../helpers/test-store';

/**
 * Writes version-1 rows with the raw IndexedDB API, as an older build would have left them
 * (Dexie stores version N as IndexedDB version N × 10), then opens them with today's code.
 */
function writeRawV1(name: string, rows: Record<string, object[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => {
      for (const [table, spec] of Object.entries(SCHEMA_V1)) {
        const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
        const store = request.result.createObjectStore(table, { keyPath: primary });
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
  it('upgrades data stored by a version-1 build to version 2: calendars, scheduling modes, baselines', async () => {
    const name = `opsplan-v1-${Math.random().toString(36).slice(2)}`;
    await writeRawV1(name, {
      plans: [{ id: 'plan_1', name: '月度运营计划', description: '', ownerId: null, memberIds: [], startDate: '2026-11-01', endDate: '2026-11-30', budget: 1000, status: 'active', createdAt: '2026-11-01T00:00:00Z' }],
      columns: [{ id: 'col_1', planId: 'plan_1', name: '待办', rank: 'a0', category: 'todo', wipLimit: null }],
      tasks: [{ id: 'task_1', planId: 'plan_1', columnId: 'col_1', rank: 'a0', title: '市场调研', description: '', priority: 'high', ownerId: null, raci: {}, startDate: '2026-11-02', dueDate: '2026-11-04', estimateHours: 8, actualHours: null, progress: 0, plannedCost: 100, actualCost: null, tags: [], parentId: null, goalId: null, term: 'short', isMilestone: false, checklist: [], completionStandard: '', expectedResult: '', comments: [], createdAt: '2026-11-01T00:00:00Z', completedAt: null }],
      meta: [{ key: 'seeded', value: true }],
    });
    const { store } = createTestStore();
    const db = openOpsDatabase(name);
    await hydrateStore(store, db, 'en', 'plan_1');
    expect(db.verno).toBe(2);
    expect(store.getState().data.tasks.task_1).toMatchObject({ title: '市场调研', schedulingMode: 'auto' });
    expect(store.getState().data.plans.plan_1?.calendar).toEqual({ weekendDays: [0, 6], holidays: [], workdays: [] });
    expect(await db.baselines.count()).toBe(0);
    expect(store.getState().ui.activePlanId).toBe('plan_1');
    expect(store.getState().ui.notices).toEqual([]);
  });
});
