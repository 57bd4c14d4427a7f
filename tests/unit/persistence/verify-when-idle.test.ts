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

/**
 * Idle periods that come one after another, each with `remainingMs` of idle time; counts them.
 * `between` runs before each period after the first, as the user's changes would.
 */
function idlePeriods(remainingMs: number, between: (period: number) => void = () => undefined) {
  const periods = { count: 0 };
  const idle: IdleScheduler = (work) => {
    setTimeout(() => {
      if (periods.count > 0) between(periods.count);
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

  it('leaves a record changed after its check to the user: it is not taken out at the end', async () => {
    const { store, actions, ids } = storeWithTasks(60);
    damage(store, ids[0]!);
    const records = recordsIn(store.getState());
    // Checked in the first period; mended before the last, when the check ends.
    const { idle, periods } = idlePeriods(0, (period) => {
      if (period === 2) actions.updateTask(ids[0]!, { title: 'Mended' });
    });
    expect(await verifyWhenIdle(store, records, fitsItsSchema, idle)).toBe(0);
    expect(periods.count).toBe(3);
    expect(store.getState().data.tasks[ids[0]!]?.title).toBe('Mended');
    expect(store.getState().ui.notices.filter((n) => n.key === 'error.damagedRecords')).toEqual([]);
  });

  it('passes over rows that are not records at all (hydration kept them out)', async () => {
    const { store } = storeWithTasks(2);
    const records = recordsIn(store.getState());
    const withJunk = { ...records, tasks: [null, { title: 'no id' }, ...records.tasks] } as unknown as WorkspaceRecords;
    const { idle } = idlePeriods(50);
    expect(await verifyWhenIdle(store, withJunk, fitsItsSchema, idle)).toBe(0);
    expect(Object.keys(store.getState().data.tasks)).toHaveLength(2);
  });
});
