import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/domain/goal';
import { buildTask } from '../../../src/domain/task-factory';
import { buildTimelineRows } from '../../../src/domain/timeline-rows';

const goal: Goal = { id: 'goal_1', planId: 'p', title: 'Raise MAU', description: '', metric: 'MAU', unit: '', baseline: 1, target: 2, deadline: '2026-12-31', ownerId: null, kpiId: null };
const task = (id: string, fields: Partial<ReturnType<typeof buildTask>>) => buildTask({ id, planId: 'p', columnId: 'c', rank: 'a0', title: id, createdAt: '', ...fields });
const tasks = [
  task('month', { goalId: 'goal_1', startDate: '2026-11-01' }),
  task('week2', { parentId: 'month', startDate: '2026-11-09' }),
  task('week1', { parentId: 'month', startDate: '2026-11-02' }),
  task('day', { parentId: 'week1', startDate: '2026-11-02' }),
  task('loose', { startDate: '2026-10-01' }),
];
const shape = (rows: ReturnType<typeof buildTimelineRows>) => rows.map((r) => `${'  '.repeat(r.depth)}${r.kind === 'goal' ? `[${r.title}]` : r.taskId}`);

describe('timeline rows', () => {
  it('nests goal → month → week → day, ordered by start date, then tasks with no goal', () => {
    expect(shape(buildTimelineRows(tasks, [goal], new Set(), 'No goal'))).toEqual([
      '[Raise MAU]', '  month', '    week1', '      day', '    week2', '[No goal]', '  loose',
    ]);
  });

  it('hides what is under a collapsed row', () => {
    expect(shape(buildTimelineRows(tasks, [goal], new Set(['week1', 'goal-none']), 'No goal'))).toEqual([
      '[Raise MAU]', '  month', '    week1', '    week2', '[No goal]',
    ]);
  });
});
