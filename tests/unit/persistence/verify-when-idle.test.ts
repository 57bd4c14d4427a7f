import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type TableName } from '../../../src/domain/entities';
import type { Task } from '../../../src/domain/task';
import type { WorkspaceRecords } from '../../../src/db/record-writes';
import { fitsItsSchema } from '../../../src/domain/record-schemas';
import { verifyWhenIdle, type IdleScheduler } from '../../../src/persistence/verify-when-idle';
import { createStoreWithPlan } from '../../helpers/test-store';

/** Every record memory holds, as a start would have read them. */
function recordsIn(state: { data: Record<TableName, Record<string, unknown>> }): WorkspaceRecords {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, Object.values(state.data[table])])) as WorkspaceRecords;
}

/** Idle periods that come one after another, each with `remainingMs` of idle time; counts them. */
function idlePeriods(remainingMs: number) {
  const periods = { count: 0 };
  const idle: IdleScheduler = (work) => {
    setTimeout(() => {
      periods.count++;
      work({ timeRemaining: () => remainingMs });
    }, 0);
  };
  return { idle, periods };
}

/** A store with a plan and `count` tasks, as a trusted snapshot would have put them in memory. */
function storeWithTasks(count: number) {
  const { store, actions, planId, columns } = createStoreWithPlan();
  const columnId = columns[0]!.id;
  const ids = Array.from({ length: count }, (_, i) => actions.addTask(planId, columnId, `Task ${i}`)!);
  return { store, actions, ids };
}

/** Puts a task without a title into memory, as a snapshot edited by hand would. */
function damage(store: ReturnType<typeof storeWithTasks>['store'], id: string) {
  const withoutTitle: Partial<Task> = { ...store.getState().data.tasks[id]! };
  delete withoutTitle.title;
  store.setState((s) => ({ data: { ...s.data, tasks: { ...s.data.tasks, [id]: withoutTitle as Task } } }));
}

describe('verifyWhenIdle', () => {
  it('finds nothing wrong with valid records and changes nothing, checking them a slice per idle period', async () => {
    const { store } = storeWithTasks(60);
    const before = store.getState().data;
    const { idle, periods } = idlePeriods(0);
    expect(await verifyWhenIdle(store, recordsIn(store.getState()), fitsItsSchema, idle)).toBe(0);
    expect(store.getState().data).toBe(before);
    expect(store.getState().ui.notices).toEqual([]);
    // No idle time left: each period checks one batch of 25 records (60 tasks, a plan, 5 columns).
    expect(periods.count).toBe(3);
  });

  it('checks them all in one period when it has room', async () => {
    const { store } = storeWithTasks(60);
    const { idle, periods } = idlePeriods(50);
    expect(await verifyWhenIdle(store, recordsIn(store.getState()), fitsItsSchema, idle)).toBe(0);
    expect(periods.count).toBe(1);
  });

  it('takes a record that fails its schema out of memory, as an unsaved change, with a notice', async () => {
    const { store, ids } = storeWithTasks(3);
    damage(store, ids[1]!);
    const records = recordsIn(store.getState());
    const undoable = store.getState().history.past.length;
    const { idle } = idlePeriods(50);
    expect(await verifyWhenIdle(store, records, fitsItsSchema, idle)).toBe(1);
    expect(store.getState().data.tasks[ids[1]!]).toBeUndefined();
    expect(store.getState().data.tasks[ids[0]!]?.title).toBe('Task 0');
    expect(store.getState().ui.notices.at(-1)).toMatchObject({ kind: 'error', key: 'error.damagedRecords', detail: '1' });
    // Origin 'hydrate': not undoable, and never written back to disk (see write-behind).
    expect(store.getState().history.past).toHaveLength(undoable);
  });

  it('checks the record memory holds when its turn comes: one deleted or mended meanwhile is left alone', async () => {
    const { store, actions, ids } = storeWithTasks(3);
    damage(store, ids[0]!);
    damage(store, ids[1]!);
    const records = recordsIn(store.getState());
    const { idle } = idlePeriods(50);
    const checking = verifyWhenIdle(store, records, fitsItsSchema, idle);
    actions.deleteTask(ids[0]!);
    actions.updateTask(ids[1]!, { title: 'Mended' });
    expect(await checking).toBe(0);
    expect(store.getState().data.tasks[ids[1]!]?.title).toBe('Mended');
    expect(store.getState().ui.notices.filter((n) => n.key === 'error.damagedRecords')).toEqual([]);
  });
});
