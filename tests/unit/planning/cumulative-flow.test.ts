import { describe, expect, it } from 'vitest';
import type { ColumnCategory } from '../../../src/domain/column';
import { flowSeries } from '../../../src/domain/dashboard-metrics';
import { buildTask } from '../../../src/domain/task-factory';
import type { Task } from '../../../src/domain/task';

const task = (id: string, columnId: ColumnCategory, fields: Partial<Task>) =>
  buildTask({ id, planId: 'p', columnId, rank: 'a0', title: id, createdAt: '2026-11-02T08:00:00Z', ...fields });
const categoryOf = (t: Task) => t.columnId as ColumnCategory;

describe('cumulative flow', () => {
  it('counts each task in to-do, in progress or done day by day, by hand-checked stamps', () => {
    const tasks = [
      task('a', 'done', { startedAt: '2026-11-03T09:00:00Z', completedAt: '2026-11-04T17:00:00Z' }),
      task('b', 'doing', { startedAt: '2026-11-04T09:00:00Z' }),
      task('c', 'todo', { createdAt: '2026-11-03T10:00:00Z' }),
      // Under way before start stamps existed: counted as started on its start date.
      task('d', 'doing', { startDate: '2026-11-03' }),
      task('m', 'todo', { isMilestone: true }),
    ];
    expect(flowSeries(tasks, categoryOf, '2026-11-01', '2026-11-30', '2026-11-05')).toEqual([
      { date: '2026-11-01', todo: 0, doing: 0, done: 0 },
      { date: '2026-11-02', todo: 3, doing: 0, done: 0 },
      { date: '2026-11-03', todo: 2, doing: 2, done: 0 },
      { date: '2026-11-04', todo: 1, doing: 2, done: 1 },
      { date: '2026-11-05', todo: 1, doing: 2, done: 1 },
    ]);
  });

  it('never counts a task as started before it existed or finished before it started', () => {
    const odd = [task('x', 'done', { createdAt: '2026-11-04T00:00:00Z', startedAt: '2026-11-01T00:00:00Z', completedAt: '2026-11-03T00:00:00Z' })];
    const points = flowSeries(odd, categoryOf, '2026-11-02', '2026-11-05', '2026-11-05');
    expect(points.map((p) => [p.todo, p.doing, p.done])).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 1], [0, 0, 1]]);
  });
});
