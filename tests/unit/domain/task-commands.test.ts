import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../src/domain/change-set';
import { addColumnPatches } from '../../../src/domain/column-commands';
import { emptyEntityState, type EntityState } from '../../../src/domain/entities';
import { DomainError } from '../../../src/domain/errors';
import { createPlanPatches } from '../../../src/domain/plan-commands';
import { createTaskPatches, deleteTaskPatches, moveTaskPatches, rankAtColumnTop, updateTaskPatches } from '../../../src/domain/task-commands';

const NOW = '2026-11-24T09:00:00.000Z';

function planState(): EntityState {
  let n = 0;
  const newId = (prefix: string) => `${prefix}_${++n}`;
  return applyPatches(emptyEntityState(), createPlanPatches({ id: 'plan_1', name: 'P', createdAt: NOW }, [
    { name: 'To do', category: 'todo' }, { name: 'Doing', category: 'doing' }, { name: 'Done', category: 'done' },
  ], newId));
}
const [TODO, DOING, DONE] = ['col_1', 'col_2', 'col_3'];

function withTasks(titles: string[], columnId = TODO): EntityState {
  let state = planState();
  titles.forEach((title, index) => {
    state = applyPatches(state, createTaskPatches(state, { id: `task_${index + 1}`, planId: 'plan_1', columnId, rank: rankAtColumnTop(state, columnId), title, createdAt: NOW }));
  });
  return state;
}

const order = (state: EntityState, columnId: string) =>
  Object.values(state.tasks).filter((t) => t.columnId === columnId).sort((a, b) => (a.rank < b.rank ? -1 : 1)).map((t) => t.title);

describe('task commands', () => {
  it('quick add puts the new task at the top of the column', () => {
    expect(order(withTasks(['first', 'second', 'third']), TODO)).toEqual(['third', 'second', 'first']);
  });

  it('keeps hostile text as plain text and refuses an empty title', () => {
    const state = withTasks(['<img src=x onerror=alert(1)>']);
    expect(state.tasks.task_1?.title).toBe('<img src=x onerror=alert(1)>');
    expect(() => createTaskPatches(state, { id: 'task_9', planId: 'plan_1', columnId: TODO, rank: 'a5', title: '   ', createdAt: NOW })).toThrow(DomainError);
  });

  it('checks an edit as it would check the whole edited task: each field, then the rules across fields', () => {
    const state = withTasks(['x']);
    const refusal = (fields: Record<string, unknown>) => {
      try {
        updateTaskPatches(state, 'task_1', fields as never, NOW);
        return null;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return [error.field, error.message];
      }
    };
    expect(refusal({ title: '   ' })).toEqual(['title', 'title: title is required']);
    expect(refusal({ progress: 140 })).toEqual(['progress', expect.stringMatching(/^progress: /)]);
    expect(refusal({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })).toEqual(['tags', expect.stringMatching(/^tags: /)]);
    expect(refusal({ columnId: 'col 1"><script>' })).toEqual(['columnId', 'columnId: invalid id']);
    expect(refusal({ dueDate: '2026-02-30' })).toEqual(['dueDate', expect.stringMatching(/^dueDate: invalid date/)]);
    expect(refusal({ colour: 'red' })).toEqual(['colour', 'colour: not a field of a task']);
    // The edited task against the rules spanning fields: the stored start date meets the new due date.
    const started = applyPatches(state, updateTaskPatches(state, 'task_1', { startDate: '2026-12-10' }, NOW));
    expect(() => updateTaskPatches(started, 'task_1', { dueDate: '2026-12-01' }, NOW)).toThrow('dueDate: start date is after due date');
    expect(() => updateTaskPatches(state, 'task_1', { parentId: 'task_1' }, NOW)).toThrow('parentId: a task cannot be its own parent');
    expect(refusal({ title: 'Renamed', progress: 40, dueDate: '2026-12-24' })).toBeNull();
  });

  it('moves a card between its visible neighbours by writing one row', () => {
    const state = withTasks(['c', 'b', 'a']); // top to bottom: a, b, c
    const patches = moveTaskPatches(state, 'task_3', { columnId: TODO, beforeId: 'task_2', afterId: 'task_1' }, NOW);
    expect(patches).toHaveLength(1);
    expect(order(applyPatches(state, patches), TODO)).toEqual(['b', 'a', 'c']);
  });

  it('stamps completion when a card enters a done column and clears it when it leaves', () => {
    let state = withTasks(['ship']);
    state = applyPatches(state, moveTaskPatches(state, 'task_1', { columnId: DONE, beforeId: null, afterId: null }, NOW));
    expect(state.tasks.task_1?.completedAt).toBe(NOW);
    state = applyPatches(state, moveTaskPatches(state, 'task_1', { columnId: DOING, beforeId: null, afterId: null }, NOW));
    expect(state.tasks.task_1?.completedAt).toBeNull();
  });

  it('applies lane fields with a move: dropping into an owner lane reassigns the card', () => {
    const state = withTasks(['x']);
    const moved = applyPatches(state, moveTaskPatches(state, 'task_1', { columnId: DOING, beforeId: null, afterId: null, laneFields: { priority: 'urgent' } }, NOW));
    expect(moved.tasks.task_1).toMatchObject({ columnId: DOING, priority: 'urgent' });
  });

  it('validates edits: dates, a due date before the start, and parent loops', () => {
    const state = withTasks(['parent', 'child']);
    expect(() => updateTaskPatches(state, 'task_1', { dueDate: '2026-02-30' }, NOW)).toThrow(/date/);
    expect(() => updateTaskPatches(state, 'task_1', { startDate: '2026-12-02', dueDate: '2026-12-01' }, NOW)).toThrow(/after due/);
    const nested = applyPatches(state, updateTaskPatches(state, 'task_2', { parentId: 'task_1' }, NOW));
    expect(() => updateTaskPatches(nested, 'task_1', { parentId: 'task_2' }, NOW)).toThrow(/own subtask/);
    expect(updateTaskPatches(state, 'task_1', { title: 'parent' }, NOW)).toEqual([]);
  });

  it('deleting a task unlinks its children and removes its dependencies', () => {
    let state = withTasks(['a', 'b']);
    state = applyPatches(state, updateTaskPatches(state, 'task_2', { parentId: 'task_1' }, NOW));
    state = applyPatches(state, [{ table: 'dependencies', op: 'create', id: 'dep_1', value: { id: 'dep_1', planId: 'plan_1', fromId: 'task_1', toId: 'task_2', type: 'FS', lagDays: 0 } }]);
    const after = applyPatches(state, deleteTaskPatches(state, 'task_1'));
    expect(after.tasks.task_1).toBeUndefined();
    expect(after.tasks.task_2?.parentId).toBeNull();
    expect(after.dependencies).toEqual({});
  });

  it('refuses a task in a column that does not exist', () => {
    const state = planState();
    expect(() => createTaskPatches(state, { id: 'task_1', planId: 'plan_1', columnId: 'col_404', rank: 'a0', title: 'x', createdAt: NOW })).toThrow(/column not found/);
    expect(() => addColumnPatches(state, { id: 'col_9', planId: 'plan_1', name: '' })).toThrow(DomainError);
  });
});
