import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../src/domain/change-set';
import { addColumnPatches, deleteColumnPatches, selectPlanColumns, shiftColumnPatches, updateColumnPatches } from '../../../src/domain/column-commands';
import { emptyEntityState } from '../../../src/domain/entities';
import { createPlanPatches } from '../../../src/domain/plan-commands';
import { createTaskPatches } from '../../../src/domain/task-commands';

const NOW = '2026-11-24T09:00:00.000Z';

function board() {
  let n = 0;
  let state = applyPatches(emptyEntityState(), createPlanPatches({ id: 'plan_1', name: 'P', createdAt: NOW }, [
    { name: 'A', category: 'todo' }, { name: 'B', category: 'doing' }, { name: 'C', category: 'done' },
  ], (p) => `${p}_${++n}`));
  for (const [i, rank] of ['a0', 'a1', 'a2'].entries()) {
    state = applyPatches(state, createTaskPatches(state, { id: `task_${i}`, planId: 'plan_1', columnId: 'col_1', rank, title: `t${i}`, createdAt: NOW }));
  }
  state = applyPatches(state, createTaskPatches(state, { id: 'task_b', planId: 'plan_1', columnId: 'col_2', rank: 'a0', title: 'in B', createdAt: NOW }));
  return state;
}
const names = (state: ReturnType<typeof board>) => selectPlanColumns(state, 'plan_1').map((c) => c.name);

describe('column commands', () => {
  it('adds a column at the end and reorders columns one step at a time', () => {
    let state = board();
    state = applyPatches(state, addColumnPatches(state, { id: 'col_x', planId: 'plan_1', name: 'Blocked' }));
    expect(names(state)).toEqual(['A', 'B', 'C', 'Blocked']);
    state = applyPatches(state, shiftColumnPatches(state, 'col_x', -1));
    expect(names(state)).toEqual(['A', 'B', 'Blocked', 'C']);
    expect(shiftColumnPatches(state, 'col_1', -1)).toEqual([]);
  });

  it('renames and limits a column, refusing a limit below one', () => {
    const state = board();
    const renamed = applyPatches(state, updateColumnPatches(state, 'col_2', { name: 'Doing', wipLimit: 2 }));
    expect(renamed.columns.col_2).toMatchObject({ name: 'Doing', wipLimit: 2 });
    expect(() => updateColumnPatches(state, 'col_2', { wipLimit: 0 })).toThrow();
  });

  it('deleting a column moves its cards, in order, after the target column cards', () => {
    const state = board();
    const after = applyPatches(state, deleteColumnPatches(state, 'col_1', 'col_2'));
    expect(after.columns.col_1).toBeUndefined();
    const inB = Object.values(after.tasks).filter((t) => t.columnId === 'col_2').sort((a, b) => (a.rank < b.rank ? -1 : 1)).map((t) => t.title);
    expect(inB).toEqual(['in B', 't0', 't1', 't2']);
  });

  it('never deletes the last column', () => {
    let state = board();
    state = applyPatches(state, deleteColumnPatches(state, 'col_1', 'col_3'));
    state = applyPatches(state, deleteColumnPatches(state, 'col_2', 'col_3'));
    expect(() => deleteColumnPatches(state, 'col_3', 'col_3')).toThrow(/at least one column/);
  });
});
