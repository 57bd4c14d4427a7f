import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCopyingTablesAhead } from '../../../src/app/copy-tables-ahead';
import { hasTableCopy } from '../../../src/domain/table-copies';
import { createStoreWithPlan } from '../../helpers/test-store';

/** Idle callbacks held until the test runs them, with the idle time it says is left. */
function fakeIdlePeriods() {
  const waiting: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => waiting.push(callback));
  return {
    waiting,
    run(remainingMs: number) {
      const callbacks = waiting.splice(0);
      for (const callback of callbacks) callback({ didTimeout: false, timeRemaining: () => remainingMs });
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('startCopyingTablesAhead', () => {
  it('copies the tables in an idle period, and again after a change, once per burst of changes', () => {
    const idle = fakeIdlePeriods();
    const { store, actions, planId, columns } = createStoreWithPlan();
    startCopyingTablesAhead(store);
    expect(idle.waiting).toHaveLength(1);
    idle.run(50);
    expect(hasTableCopy(store.getState().data.columns)).toBe(true);

    const column = columns[0]?.id ?? '';
    actions.addTask(planId, column, 'Weekly report');
    actions.addTask(planId, column, 'Monthly summary');
    // Two changes, one idle request: the copy is of the table as it stands when the page is idle.
    expect(idle.waiting).toHaveLength(1);
    expect(hasTableCopy(store.getState().data.tasks)).toBe(false);
    idle.run(50);
    expect(hasTableCopy(store.getState().data.tasks)).toBe(true);
    expect(idle.waiting).toHaveLength(0);
  });

  it('leaves a short idle period alone and asks for another', () => {
    const idle = fakeIdlePeriods();
    const { store } = createStoreWithPlan();
    startCopyingTablesAhead(store);
    idle.run(3);
    expect(hasTableCopy(store.getState().data.columns)).toBe(false);
    expect(idle.waiting).toHaveLength(1);
    idle.run(50);
    expect(hasTableCopy(store.getState().data.columns)).toBe(true);
  });

  it('does nothing in a browser without idle callbacks: each change copies its tables as before', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const { store, actions, planId, columns } = createStoreWithPlan();
    startCopyingTablesAhead(store);
    expect(actions.addTask(planId, columns[0]?.id ?? '', 'Weekly report')).not.toBeNull();
    expect(hasTableCopy(store.getState().data.tasks)).toBe(false);
  });
});
