import { describe, expect, it } from 'vitest';
import { cellKey, layoutBoard } from '../../../src/domain/board-layout';
import type { Task } from '../../../src/domain/task';
import { selectBoardCells, selectCardView, selectCellTaskIds, selectPlanTags, selectPlanTasks } from '../../../src/store/board-selectors';
import { seededRandom } from '../../helpers/random';
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

  it('match a fresh layout after 300 random adds, edits, moves, deletes, undos and redos, read after some of them', () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const other = actions.createPlan('Other plan', 'en') as string;
    const otherColumn = Object.values(store.getState().data.columns).find((c) => c.planId === other)!.id;
    actions.selectPlan(planId);
    const next = seededRandom(7);
    const pick = <T,>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
    const planTasks = () => Object.values(store.getState().data.tasks).filter((t) => t.planId === planId);
    for (let i = 0; i < 12; i++) actions.addTask(planId, pick(columns)!.id, `Task ${i}`);
    for (let step = 0; step < 300; step++) {
      const roll = next();
      const task = pick(planTasks());
      if (roll < 0.2 || !task) actions.addTask(next() < 0.8 ? planId : other, next() < 0.8 ? pick(columns)!.id : otherColumn, `New ${step}`);
      else if (roll < 0.45) {
        const column = pick(columns)!.id;
        const ids = selectCellTaskIds(store.getState(), cellKey(column, 'all')).filter((id) => id !== task.id);
        const at = Math.floor(next() * (ids.length + 1));
        actions.moveTask(task.id, { columnId: column, beforeId: ids[at - 1] ?? null, afterId: ids[at] ?? null });
      } else if (roll < 0.6) actions.updateTask(task.id, { title: `Edited ${step}`, priority: pick(['low', 'high'] as const) });
      else if (roll < 0.72) actions.deleteTask(task.id);
      else if (roll < 0.86) actions.undo();
      else actions.redo();
      // Reading only now and then makes the selectors catch up over several change sets at once.
      if (next() < 0.4) continue;
      const state = store.getState();
      const fresh = layoutBoard(planTasks(), columns, () => true, 'none', []);
      expect(selectBoardCells(state).cells).toEqual(fresh.cells);
      expect(selectBoardCells(state).columnCounts).toEqual(fresh.columnCounts);
      const byId = (a: Task, b: Task) => (a.id < b.id ? -1 : 1);
      expect([...selectPlanTasks(state, planId)].sort(byId)).toEqual(planTasks().sort(byId));
    }
  });

  it('give a card one view of its task, owner and column that changes only when one of them does', () => {
    const { store, actions } = createStoreWithPlan();
    const demo = actions.createDemoPlan('en') as string;
    const tasks = () => Object.values(store.getState().data.tasks).filter((t) => t.planId === demo);
    const owned = tasks().find((t) => t.ownerId)!;
    const other = tasks().find((t) => t.id !== owned.id)!;
    const first = selectCardView(store.getState(), owned.id)!;
    expect(first.task).toBe(store.getState().data.tasks[owned.id]);
    expect(first.ownerName).toBe(store.getState().data.members[owned.ownerId!]!.name);

    actions.updateTask(other.id, { title: 'Someone else’s card' });
    expect(selectCardView(store.getState(), owned.id)).toBe(first);

    store.setState((s) => ({ data: { ...s.data, members: { ...s.data.members, [owned.ownerId!]: { ...s.data.members[owned.ownerId!]!, name: 'Renamed owner' } } } }));
    const renamed = selectCardView(store.getState(), owned.id)!;
    expect(renamed).not.toBe(first);
    expect(renamed.ownerName).toBe('Renamed owner');

    const category = store.getState().data.columns[owned.columnId]!.category;
    actions.updateColumn(owned.columnId, { category: category === 'done' ? 'todo' : 'done' });
    expect(selectCardView(store.getState(), owned.id)!.isDone).toBe(category !== 'done');

    actions.updateTask(owned.id, { title: 'Edited' });
    expect(selectCardView(store.getState(), owned.id)!.task.title).toBe('Edited');
    actions.deleteTask(owned.id);
    expect(selectCardView(store.getState(), owned.id)).toBeUndefined();
  });

  it('keep the tag list while a move leaves the tags as they were', () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    actions.selectPlan(planId);
    const a = actions.addTask(planId, columns[0]!.id, 'A') as string;
    actions.updateTask(a, { tags: ['ops', 'finance'] });
    const tags = selectPlanTags(store.getState());
    expect(tags).toEqual(['finance', 'ops']);
    actions.moveTask(a, { columnId: columns[1]!.id, beforeId: null, afterId: null });
    expect(selectPlanTags(store.getState())).toBe(tags);
    actions.updateTask(a, { tags: ['ops'] });
    expect(selectPlanTags(store.getState())).toEqual(['ops']);
  });
});
