import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/domain/goal';
import { buildTask } from '../../../src/domain/task-factory';
import { recordTableStep } from '../../../src/domain/table-lineage';
import { buildTimelineRows, timelineRowsBuilder } from '../../../src/domain/timeline-rows';
import type { Task } from '../../../src/domain/task';
import { seededRandom } from '../../helpers/random';
import { tasksById } from '../../helpers/tasks-by-id';

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

describe('timeline rows built again after a change', () => {
  it('gives the same rows as a fresh build, whatever rows it is handed from before', () => {
    const before = buildTimelineRows(tasks, [goal], new Set(), 'No goal');
    // week2 now starts before week1, a task joined and one left.
    const changed = [...tasks.filter((t) => t.id !== 'loose'), task('week0', { parentId: 'month', startDate: '2026-10-30' })].map((t) => (t.id === 'week2' ? { ...t, startDate: '2026-11-01' } : t));
    const fresh = buildTimelineRows(changed, [goal], new Set(), 'No goal');
    expect(shape(fresh)).toEqual(['[Raise MAU]', '  month', '    week0', '    week2', '    week1', '      day']);
    expect(buildTimelineRows(changed, [goal], new Set(), 'No goal', before)).toEqual(fresh);
    expect(buildTimelineRows(changed, [goal], new Set(['week1']), 'No goal', before)).toEqual(buildTimelineRows(changed, [goal], new Set(['week1']), 'No goal'));
  });

  it('remembers its last rows between builds', () => {
    const build = timelineRowsBuilder();
    expect(shape(build(tasks, [goal], new Set(['month']), 'No goal', tasksById(tasks)))).toEqual(['[Raise MAU]', '  month', '[No goal]', '  loose']);
    const moved = tasks.map((t) => (t.id === 'week1' ? { ...t, startDate: '2026-11-20' } : t));
    expect(build(moved, [goal], new Set(), 'No goal', tasksById(moved))).toEqual(buildTimelineRows(moved, [goal], new Set(), 'No goal'));
    expect(shape(build(moved, [goal], new Set(), 'No goal', tasksById(moved))).slice(2, 5)).toEqual(['    week2', '    week1', '      day']);
  });

  it('gives the same rows as a fresh build over 400 random edits, moving one task\'s rows when that is all that changed', () => {
    const next = seededRandom(7);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const goals: Goal[] = [goal, { ...goal, id: 'goal_2', title: 'Cut costs' }];
    const day = () => `2026-11-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    let list: Task[] = Array.from({ length: 60 }, (_, i) => task(`t${i}`, {
      startDate: next() < 0.1 ? null : day(), rank: `a${Math.floor(next() * 5)}`,
      goalId: next() < 0.3 ? null : pick(goals).id,
      // Parents only among earlier tasks: never a loop.
      parentId: i > 5 && next() < 0.5 ? `t${Math.floor(next() * i)}` : null,
    }));
    // Another plan's tasks share the store's table; their edits must not move these rows.
    let elsewhere: Task[] = Array.from({ length: 10 }, (_, i) => task(`q${i}`, { planId: 'q', startDate: day() }));
    // The table as the store keeps it: most changes name the tasks they touched (table-lineage).
    let table = tasksById([...list, ...elsewhere]);
    let collapsed: ReadonlySet<string> = new Set();
    const build = timelineRowsBuilder();
    let rows = build(list, goals, collapsed, 'No goal', table);
    let kept = 0;
    for (let step = 0; step < 400; step++) {
      const index = Math.floor(next() * list.length);
      const t = list[index] as Task;
      const roll = next();
      const touched: string[] = [];
      if (roll < 0.05) collapsed = new Set([...collapsed, pick(list).id, 'goal-goal_1'].filter(() => next() < 0.5));
      else {
        const edited: Task = roll < 0.6 ? { ...t, startDate: next() < 0.1 ? null : day() }
          : roll < 0.75 ? { ...t, rank: `a${Math.floor(next() * 5)}` }
          : roll < 0.9 ? { ...t, title: `${t.title}!` }
          : { ...t, goalId: next() < 0.5 ? null : pick(goals).id };
        list = list.map((x, i) => (i === index ? edited : x));
        touched.push(edited.id);
        // Now and then a second task moves in the same change (the scheduler moving a successor).
        if (next() < 0.15) {
          const other = Math.floor(next() * list.length);
          list = list.map((x, i) => (i === other ? { ...x, startDate: day() } : x));
          touched.push((list[other] as Task).id);
        }
        if (next() < 0.3) {
          const other = Math.floor(next() * elsewhere.length);
          elsewhere = elsewhere.map((x, i) => (i === other ? { ...x, startDate: day() } : x));
          touched.push((elsewhere[other] as Task).id);
        }
        const changed = tasksById([...list, ...elsewhere]);
        if (next() < 0.8) recordTableStep(table, changed, touched);
        table = changed;
      }
      const previous = rows;
      rows = build(list, goals, collapsed, 'No goal', table);
      if (rows === previous) kept++;
      expect(rows).toEqual(buildTimelineRows(list, goals, collapsed, 'No goal'));
    }
    // Edits that moved no row (titles, an unchanged date) gave back the same rows.
    expect(kept).toBeGreaterThan(40);
  });
});
