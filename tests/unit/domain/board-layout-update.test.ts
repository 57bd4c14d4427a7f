import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, taskMatcher } from '../../../src/domain/board-filters';
import { layoutBoard } from '../../../src/domain/board-layout';
import { updateBoardLayout, type TaskChange } from '../../../src/domain/board-layout-update';
import type { Column } from '../../../src/domain/column';
import type { SwimlaneBy } from '../../../src/domain/swimlanes';
import type { Task } from '../../../src/domain/task';
import { buildTask } from '../../../src/domain/task-factory';
import { seededRandom } from '../../helpers/random';

const columns: Column[] = ['col_a', 'col_b', 'col_c'].map((id, i) => ({ id, planId: 'p', name: id, rank: `a${i}`, category: i === 2 ? 'done' : 'todo', wipLimit: null }));
const PRIORITY_LANES = ['urgent', 'high', 'medium', 'low'];

describe('updating the board after a few task changes', () => {
  for (const by of ['none', 'priority'] as SwimlaneBy[]) {
    it(`gives exactly the fresh layout, over 300 random moves, edits, adds and deletes (swimlanes: ${by})`, () => {
      const next = seededRandom(by === 'none' ? 7 : 11);
      const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
      const filters = { ...EMPTY_FILTERS, text: 'keep' };
      const visible = taskMatcher(filters, '2026-11-24', (id) => id === 'col_c');
      const lanes = by === 'none' ? [] : PRIORITY_LANES;
      let tasks: Record<string, Task> = {};
      for (let i = 0; i < 60; i++) {
        const task = buildTask({ id: `t${i}`, planId: 'p', columnId: pick(columns).id, rank: `a${Math.floor(next() * 20)}`, title: next() < 0.8 ? `keep ${i}` : `hide ${i}`, createdAt: '', priority: pick(['high', 'low'] as const) });
        tasks[task.id] = task;
      }
      let board = layoutBoard(Object.values(tasks), columns, visible, by, lanes);
      let created = 60;
      for (let step = 0; step < 300; step++) {
        const before = { ...tasks };
        const changes: TaskChange[] = [];
        for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
          const ids = Object.keys(tasks);
          const roll = next();
          if (roll < 0.15) {
            const task = buildTask({ id: `t${created++}`, planId: next() < 0.9 ? 'p' : 'other', columnId: pick(columns).id, rank: `a${Math.floor(next() * 20)}`, title: 'keep new', createdAt: '' });
            tasks = { ...tasks, [task.id]: task };
          } else if (roll < 0.25 && ids.length > 5) {
            const id = pick(ids);
            tasks = Object.fromEntries(Object.entries(tasks).filter(([key]) => key !== id));
          } else {
            const id = pick(ids);
            const current = tasks[id] as Task;
            const fields = pick([{ columnId: pick(columns).id, rank: `a${Math.floor(next() * 20)}` }, { title: next() < 0.5 ? 'keep edited' : 'hide edited' }, { priority: pick(['urgent', 'medium'] as const) }, { rank: current.rank }]);
            tasks = { ...tasks, [id]: { ...current, ...fields } };
          }
        }
        for (const id of new Set([...Object.keys(before), ...Object.keys(tasks)])) {
          if (before[id] === tasks[id]) continue;
          const inPlan = (t: Task | undefined) => (t?.planId === 'p' ? t : undefined);
          changes.push({ before: inPlan(before[id]), after: inPlan(tasks[id]) });
        }
        const planTasks = Object.values(tasks).filter((t) => t.planId === 'p');
        const fresh = layoutBoard(planTasks, columns, visible, by, lanes);
        board = updateBoardLayout(board, changes, columns, visible, by, (id) => tasks[id]) ?? fresh;
        expect(board.columnCounts).toEqual(fresh.columnCounts);
        expect(new Map([...board.cells].filter(([, ids]) => ids.length > 0))).toEqual(fresh.cells);
      }
    });
  }

  it('keeps the arrays of cells no change touched, so their columns do not re-render', () => {
    const visible = taskMatcher(EMPTY_FILTERS, '2026-11-24', () => false);
    const a = buildTask({ id: 'ta', planId: 'p', columnId: 'col_a', rank: 'a1', title: 'A', createdAt: '' });
    const b = buildTask({ id: 'tb', planId: 'p', columnId: 'col_b', rank: 'a1', title: 'B', createdAt: '' });
    const c = buildTask({ id: 'tc', planId: 'p', columnId: 'col_c', rank: 'a1', title: 'C', createdAt: '' });
    const board = layoutBoard([a, b, c], columns, visible, 'none', []);
    const moved = { ...a, columnId: 'col_b', rank: 'a0' };
    const next = updateBoardLayout(board, [{ before: a, after: moved }], columns, visible, 'none', (id) => ({ ta: moved, tb: b, tc: c })[id]);
    expect(next?.cells.get('col_b|all')).toEqual(['ta', 'tb']);
    expect(next?.cells.get('col_c|all')).toBe(board.cells.get('col_c|all'));
    expect(next?.cells.has('col_a|all')).toBe(false);
  });

  it('asks for a fresh layout when a change needs a lane the board does not have', () => {
    const visible = taskMatcher(EMPTY_FILTERS, '2026-11-24', () => false);
    const a = buildTask({ id: 'ta', planId: 'p', columnId: 'col_a', rank: 'a1', title: 'A', createdAt: '', ownerId: null });
    const board = layoutBoard([a], columns, visible, 'owner', ['none']);
    expect(updateBoardLayout(board, [{ before: a, after: { ...a, ownerId: 'mem_new' } }], columns, visible, 'owner', () => undefined)).toBeNull();
  });
});
