import { describe, expect, it } from 'vitest';
import { cellKey } from '../../../src/domain/board-layout';
import { selectBoardCells, selectCellTaskIds } from '../../../src/store/board-selectors';
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
});
