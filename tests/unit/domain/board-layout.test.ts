import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, taskMatcher } from '../../../src/domain/board-filters';
import { cellKey, layoutBoard } from '../../../src/domain/board-layout';
import type { Column } from '../../../src/domain/column';
import { dueStateOf } from '../../../src/domain/due-state';
import { laneFields } from '../../../src/domain/swimlanes';
import { buildTask } from '../../../src/domain/task-factory';

const TODAY = '2026-11-24';
const columns: Column[] = [
  { id: 'col_a', planId: 'p', name: 'To do', rank: 'a0', category: 'todo', wipLimit: null },
  { id: 'col_d', planId: 'p', name: 'Done', rank: 'a1', category: 'done', wipLimit: null },
];
const task = (id: string, fields: Partial<ReturnType<typeof buildTask>>) =>
  buildTask({ id, planId: 'p', columnId: 'col_a', rank: 'a0', title: id, createdAt: '', ...fields });

const tasks = [
  task('late', { dueDate: '2026-11-20', ownerId: 'mem_1', tags: ['ads'], rank: 'a2' }),
  task('soon', { dueDate: '2026-11-26', ownerId: 'mem_2', priority: 'high', rank: 'a1' }),
  task('later', { dueDate: '2026-12-20', description: 'Write the weekly report', rank: 'a3' }),
  task('finished', { dueDate: '2026-11-01', columnId: 'col_d' }),
];
const isDone = (id: string) => id === 'col_d';

describe('due state', () => {
  it('marks overdue, due soon (two days), on track and done', () => {
    expect(dueStateOf({ dueDate: '2026-11-23' }, false, TODAY)).toBe('overdue');
    expect(dueStateOf({ dueDate: '2026-11-24' }, false, TODAY)).toBe('due-soon');
    expect(dueStateOf({ dueDate: '2026-11-26' }, false, TODAY)).toBe('due-soon');
    expect(dueStateOf({ dueDate: '2026-11-27' }, false, TODAY)).toBe('on-track');
    expect(dueStateOf({ dueDate: '2026-11-01' }, true, TODAY)).toBe('done');
    expect(dueStateOf({ dueDate: null }, false, TODAY)).toBe('no-date');
  });
});

describe('board filters', () => {
  const ids = (filters: Partial<typeof EMPTY_FILTERS>) => tasks.filter(taskMatcher({ ...EMPTY_FILTERS, ...filters }, TODAY, isDone)).map((t) => t.id);

  it('filters by owner, unassigned, priority, tag and due state', () => {
    expect(ids({ ownerId: 'mem_1' })).toEqual(['late']);
    expect(ids({ ownerId: 'unassigned' })).toEqual(['later', 'finished']);
    expect(ids({ priority: 'high' })).toEqual(['soon']);
    expect(ids({ tag: 'ads' })).toEqual(['late']);
    expect(ids({ due: 'overdue' })).toEqual(['late']);
    expect(ids({ due: 'due-soon' })).toEqual(['soon']);
  });

  it('searches titles and descriptions case-insensitively', () => {
    expect(ids({ text: 'WEEKLY' })).toEqual(['later']);
    expect(ids({ text: '  ' })).toHaveLength(4);
  });
});

describe('board layout', () => {
  it('orders each cell by rank and counts all cards per column for WIP limits', () => {
    const layout = layoutBoard(tasks, columns, (t) => t.id !== 'later', 'none', []);
    expect(layout.lanes).toEqual(['all']);
    expect(layout.cells.get(cellKey('col_a', 'all'))).toEqual(['soon', 'late']);
    expect(layout.columnCounts.get('col_a')).toBe(3);
  });

  it('splits cards into owner lanes, showing known lanes even when empty', () => {
    const layout = layoutBoard(tasks, columns, () => true, 'owner', ['mem_1', 'mem_2', 'mem_3', 'none']);
    expect(layout.lanes).toEqual(['mem_1', 'mem_2', 'mem_3', 'none']);
    expect(layout.cells.get(cellKey('col_a', 'none'))).toEqual(['later']);
    expect(layout.cells.get(cellKey('col_a', 'mem_3'))).toBeUndefined();
  });

  it('turns a lane into the fields a dropped card takes', () => {
    expect(laneFields('owner', 'mem_2')).toEqual({ ownerId: 'mem_2' });
    expect(laneFields('owner', 'none')).toEqual({ ownerId: null });
    expect(laneFields('priority', 'low')).toEqual({ priority: 'low' });
    expect(laneFields('priority', 'bogus')).toEqual({});
    expect(laneFields('none', 'all')).toEqual({});
  });
});
