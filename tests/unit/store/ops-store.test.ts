import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../src/domain/change-set';
import { createStoreWithPlan } from '../../helpers/test-store';

describe('the ops store', () => {
  it('records user changes for undo and redoes them', () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const taskId = actions.addTask(planId, columns[0]!.id, 'Write brief');
    expect(taskId).not.toBeNull();
    actions.updateTask(taskId!, { title: 'Write campaign brief' });

    actions.undo();
    expect(store.getState().data.tasks[taskId!]?.title).toBe('Write brief');
    actions.undo();
    expect(store.getState().data.tasks[taskId!]).toBeUndefined();
    actions.redo();
    actions.redo();
    expect(store.getState().data.tasks[taskId!]?.title).toBe('Write campaign brief');
    expect(store.getState().history.future).toHaveLength(0);
  });

  it('a new change after undo clears the redo stack', () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const taskId = actions.addTask(planId, columns[0]!.id, 'A')!;
    actions.updateTask(taskId, { title: 'B' });
    actions.undo();
    actions.updateTask(taskId, { title: 'C' });
    expect(store.getState().history.future).toEqual([]);
    actions.redo();
    expect(store.getState().data.tasks[taskId]?.title).toBe('C');
  });

  it('keeps changes from other tabs and hydration out of the undo history', () => {
    const { store } = createStoreWithPlan();
    const before = store.getState().history.past.length;
    store.commit({ origin: 'tab', label: 'x', patches: [{ table: 'members', op: 'create', id: 'mem_t', value: { id: 'mem_t', name: 'T', role: '', skills: [], weeklyCapacityHours: 40 } }] });
    store.commit({ origin: 'hydrate', label: 'x', patches: [{ table: 'members', op: 'create', id: 'mem_h', value: { id: 'mem_h', name: 'H', role: '', skills: [], weeklyCapacityHours: 40 } }] });
    expect(store.getState().history.past).toHaveLength(before);
    expect(Object.keys(store.getState().data.members)).toEqual(['mem_t', 'mem_h']);
  });

  it('tells subscribers every change set with its origin, and nothing for a no-op', () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const seen: ChangeSet[] = [];
    store.onChangeSet((cs) => seen.push(cs));
    const taskId = actions.addTask(planId, columns[0]!.id, 'A')!;
    actions.updateTask(taskId, { title: 'A' });
    actions.undo();
    expect(seen.map((cs) => cs.origin)).toEqual(['user', 'undo']);
    expect(seen[0]?.patches).toHaveLength(1);
  });

  it('turns a refused command into a notice and changes nothing', () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const before = store.getState().data;
    expect(actions.addTask(planId, columns[0]!.id, '   ')).toBeNull();
    expect(store.getState().data).toBe(before);
    expect(store.getState().ui.notices).toEqual([expect.objectContaining({ kind: 'error', key: 'error.invalid' })]);
  });

  it('reschedules a task of the open plan or of another one, and moves its successor either way', () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const other = actions.createPlan('Other plan', 'en') as string;
    const otherColumn = Object.values(store.getState().data.columns).find((c) => c.planId === other)!.id;
    for (const [plan, column] of [[planId, columns[0]!.id], [other, otherColumn]] as const) {
      actions.selectPlan(planId);
      const first = actions.addTask(plan, column, 'First') as string;
      const second = actions.addTask(plan, column, 'Second') as string;
      actions.updateTask(first, { startDate: '2026-11-23', dueDate: '2026-11-24' });
      actions.updateTask(second, { startDate: '2026-11-25', dueDate: '2026-11-25' });
      expect(actions.addDependency(plan, first, second, 'FS', 0)).toBe(true);
      expect(actions.rescheduleTask(first, '2026-11-25', '2026-11-26')).toBe(true);
      expect(store.getState().data.tasks[second]).toMatchObject({ startDate: '2026-11-27', dueDate: '2026-11-27' });
    }
  });

  it('moves a card to another column with one patch and can undo it', () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const taskId = actions.addTask(planId, columns[0]!.id, 'Move me')!;
    actions.moveTask(taskId, { columnId: columns[1]!.id, beforeId: null, afterId: null });
    const last = store.getState().history.past.at(-1)!;
    expect(last.patches).toHaveLength(1);
    expect(store.getState().data.tasks[taskId]?.columnId).toBe(columns[1]!.id);
    actions.undo();
    expect(store.getState().data.tasks[taskId]?.columnId).toBe(columns[0]!.id);
  });

  it('deleting the active plan activates another plan, and undo restores every record', () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    actions.addTask(planId, columns[0]!.id, 'A');
    const other = actions.createPlan('Other', 'en')!;
    actions.selectPlan(planId);
    const snapshot = store.getState().data;
    actions.deletePlan(planId);
    expect(store.getState().ui.activePlanId).toBe(other);
    expect(Object.values(store.getState().data.tasks)).toHaveLength(0);
    actions.undo();
    expect(store.getState().data).toEqual(snapshot);
  });
});
