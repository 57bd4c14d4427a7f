import { describe, expect, it } from 'vitest';
import { recordTableStep } from '../../../src/domain/table-lineage';
import { buildTask } from '../../../src/domain/task-factory';
import { timelineRange, timelineRangeBuilder } from '../../../src/domain/timeline-range';
import type { Task } from '../../../src/domain/task';
import { seededRandom } from '../../helpers/random';
import { tasksById } from '../../helpers/tasks-by-id';

const task = (id: string, startDate: string | null, dueDate: string | null) => buildTask({ id, planId: 'p', columnId: 'c', rank: 'a0', title: id, createdAt: '', startDate, dueDate });
const TODAY = '2026-12-07';

describe('timeline range', () => {
  it('runs from a week before the earliest date to two weeks after the latest, today included', () => {
    expect(timelineRange([task('a', '2026-11-02', '2026-11-10'), task('b', null, '2027-01-05')], TODAY)).toEqual({ start: '2026-10-26', end: '2027-01-19' });
    expect(timelineRange([task('a', '2026-12-10', '2026-12-12')], TODAY)).toEqual({ start: '2026-11-30', end: '2026-12-26' });
    expect(timelineRange([task('undated', null, null)], TODAY)).toEqual({ start: '2026-11-30', end: '2026-12-21' });
  });

  it('gives back the same range while its days stay, and follows a task that moves past either end', () => {
    const build = timelineRangeBuilder();
    const tasks = [task('a', '2026-11-02', '2026-11-10'), task('b', '2026-12-01', '2026-12-20'), task('c', '2027-01-01', '2027-01-05')];
    const first = build(tasks, TODAY, tasksById(tasks));
    const inside = tasks.map((t) => (t.id === 'b' ? { ...t, startDate: '2026-12-03', dueDate: '2026-12-22' } : t));
    expect(build(inside, TODAY, tasksById(inside))).toBe(first);
    const later = inside.map((t) => (t.id === 'b' ? { ...t, dueDate: '2027-02-01' } : t));
    expect(build(later, TODAY, tasksById(later))).toEqual({ start: '2026-10-26', end: '2027-02-15' });
    // The task that held the latest day moves back: the next latest is found.
    const back = later.map((t) => (t.id === 'b' ? { ...t, dueDate: '2026-12-22' } : t));
    expect(build(back, TODAY, tasksById(back))).toEqual({ start: '2026-10-26', end: '2027-01-19' });
  });

  it('gives the range of a fresh walk over 1,000 random edits, additions and removals', () => {
    const next = seededRandom(11);
    // A month of days for 15 tasks: an extreme is often shared, and often left by its last task.
    const day = () => `2026-11-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const dated = (id: string): Task => {
      if (next() < 0.1) return task(id, null, null);
      const [a, b] = [day(), day()].sort() as [string, string];
      return task(id, next() < 0.1 ? null : a, next() < 0.1 ? null : b);
    };
    let list: Task[] = Array.from({ length: 15 }, (_, i) => dated(`t${i}`));
    // Another plan's tasks share the store's table; most changes name the tasks they touched (table-lineage).
    let elsewhere: Task[] = Array.from({ length: 5 }, (_, i) => ({ ...dated(`q${i}`), planId: 'q' }));
    let table = tasksById([...list, ...elsewhere]);
    const build = timelineRangeBuilder();
    // Today before every task shows the latest day; today after every task, the earliest.
    const [before, after] = ['2026-10-01', '2027-01-31'];
    for (let step = 0; step < 1000; step++) {
      const roll = next();
      const index = Math.floor(next() * list.length);
      const touched: string[] = [];
      if (roll < 0.8) {
        list = list.map((t, i) => (i === index ? dated(t.id) : t));
        touched.push((list[index] as Task).id);
      } else if (roll < 0.9 || list.length < 5) {
        list = [...list, dated(`n${step}`)];
        touched.push((list.at(-1) as Task).id);
      } else {
        touched.push((list[index] as Task).id);
        list = list.filter((_, i) => i !== index);
      }
      if (next() < 0.3) {
        const other = Math.floor(next() * elsewhere.length);
        elsewhere = elsewhere.map((t, i) => (i === other ? { ...dated(t.id), planId: 'q' } : t));
        touched.push((elsewhere[other] as Task).id);
      }
      const changed = tasksById([...list, ...elsewhere]);
      if (next() < 0.8) recordTableStep(table, changed, touched);
      table = changed;
      expect(build(list, before, table)).toEqual(timelineRange(list, before));
      expect(build(list, after, table)).toEqual(timelineRange(list, after));
    }
  });
});
