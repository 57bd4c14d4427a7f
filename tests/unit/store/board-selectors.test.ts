import { describe, expect, it } from 'vitest';
import { cellKey } from '../../../src/domain/board-layout';
import { selectBoardCells, selectCellTaskIds, selectPlanTasks } from '../../../src/store/board-selectors';
import { createStoreWithPlan } from '../../helpers/test-store';

describe('board selectors', () => {
  it('return the same object until something they read changes', () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    actions.addTask(planId, columns[0]!.id, 'A');
    const first = selectBoardCells(store.getState());
    actions.openTaskEditor('x');
    expect(selectBoardCells(store.getState())).toBe(first);
    actions.setFilters({ text: 'zzz' });
    expect(selectBoardCells(store.getState())).not.toBe(first);
    expect(selectCellTaskIds(store.getState(), cellKey(columns[0]!.id, 'all'))).toEqual([]);
  });

  it('keep each plan’s task list current through edits, moves, adds and deletes, and leave other plans’ lists alone', () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const other = actions.createPlan('Other plan', 'en') as string;
    const otherColumn = Object.values(store.getState().data.columns).find((c) => c.planId === other)!.id;
    const a = actions.addTask(planId, columns[0]!.id, 'A') as string;
    const b = actions.addTask(planId, columns[0]!.id, 'B') as string;
    actions.addTask(other, otherColumn, 'Elsewhere');
    const otherTasks = selectPlanTasks(store.getState(), other);
    const before = selectPlanTasks(store.getState(), planId);
    actions.updateTask(a, { title: 'A renamed' });
    actions.moveTask(b, { columnId: columns[1]!.id, beforeId: null, afterId: null });
    const after = selectPlanTasks(store.getState(), planId);
    expect(after).not.toBe(before);
    expect(after.map((t) => [t.title, t.columnId]).sort()).toEqual([['A renamed', columns[0]!.id], ['B', columns[1]!.id]]);
    expect(selectPlanTasks(store.getState(), other)).toBe(otherTasks);
    actions.deleteTask(a);
    const c = actions.addTask(planId, columns[0]!.id, 'C') as string;
    expect(selectPlanTasks(store.getState(), planId).map((t) => t.id).sort()).toEqual([b, c].sort());
    expect(selectPlanTasks(store.getState(), other).map((t) => t.title)).toEqual(['Elsewhere']);
  });
});
