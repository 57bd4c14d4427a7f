import { describe, expect, it } from 'vitest';
import type { WorkCalendar } from '../../../src/domain/calendar';
import { computeCriticalPath, updateCriticalPath, type CriticalPath } from '../../../src/domain/critical-path';
import { addDays } from '../../../src/domain/dates';
import type { Dependency } from '../../../src/domain/dependency';
import { buildSchedule, datesOf, type Schedule } from '../../../src/domain/schedule';
import { rescheduleChangedTasks } from '../../../src/domain/schedule-update';
import type { Task } from '../../../src/domain/task';
import { buildTask } from '../../../src/domain/task-factory';
import { seededRandom } from '../../helpers/random';

const CALENDAR: WorkCalendar = { weekendDays: [0, 6], holidays: ['2026-12-25', '2027-01-01'], workdays: ['2026-12-26'] };
const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

/** What a schedule means to its users: each task's dates and mode, the order, the critical path. */
function meaning(schedule: Schedule, criticalPath: CriticalPath = computeCriticalPath(schedule)) {
  return {
    tasks: [...schedule.byId.values()].map((task) => ({ id: task.id, isAuto: task.isAuto, duration: task.duration, ...datesOf(schedule, task) })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    order: schedule.order,
    critical: [...criticalPath.critical].sort(),
    float: [...criticalPath.floatById].sort(([a], [b]) => (a < b ? -1 : 1)),
    projectEnd: schedule.byId.size > 0 ? schedule.axis.dateAt(criticalPath.projectFinish - 1) : null,
  };
}

describe('placing only the changed tasks again', () => {
  it('gives the same dates, order, float and critical path as a fresh schedule and a whole backward pass, over 300 random edits', () => {
    const next = seededRandom(11);
    const day = () => addDays('2026-12-01', Math.floor(next() * 60) - 10);
    let tasks: Task[] = Array.from({ length: 40 }, (_, i) => {
      const start = day();
      return buildTask({ id: `t${i}`, planId: 'p', columnId: 'c', rank: `a${i}`, title: `Task ${i}`, createdAt: '2026-11-01T00:00:00.000Z', startDate: start, dueDate: addDays(start, Math.floor(next() * 8)), schedulingMode: next() < 0.5 ? 'auto' : 'manual' });
    });
    // Links only from a lower to a higher number: never a loop.
    const links: Dependency[] = Array.from({ length: 50 }, (_, i) => {
      const from = Math.floor(next() * 39);
      const to = from + 1 + Math.floor(next() * (39 - from));
      return { id: `d${i}`, planId: 'p', fromId: `t${from}`, toId: `t${to}`, type: LINK_TYPES[Math.floor(next() * 4)] as Dependency['type'], lagDays: Math.floor(next() * 3) - 1 };
    }).filter((link, i, all) => all.findIndex((l) => l.fromId === link.fromId && l.toId === link.toId) === i);

    let schedule = buildSchedule(tasks, links, CALENDAR);
    let criticalPath = computeCriticalPath(schedule);
    let placedAgain = 0;
    let unchanged = 0;
    for (let step = 0; step < 300; step++) {
      const index = Math.floor(next() * tasks.length);
      const task = tasks[index] as Task;
      const roll = next();
      const start = roll < 0.05 ? addDays('2026-11-01', -Math.floor(next() * 30)) : day();
      const edited: Task =
        roll < 0.5 ? { ...task, startDate: start, dueDate: addDays(start, Math.floor(next() * 8)) }
        : roll < 0.6 ? { ...task, isMilestone: !task.isMilestone }
        : roll < 0.7 ? { ...task, schedulingMode: task.schedulingMode === 'auto' ? 'manual' : 'auto' }
        : roll < 0.78 ? { ...task, startDate: null, dueDate: next() < 0.5 ? null : day() }
        : roll < 0.85 ? { ...task, startDate: day(), dueDate: null }
        : { ...task, title: `${task.title}!` };
      const previousTasks = tasks;
      tasks = tasks.map((t, i) => (i === index ? edited : t));

      const updated = rescheduleChangedTasks(schedule, previousTasks, tasks);
      if (updated?.schedule === schedule) unchanged++;
      else if (updated) placedAgain++;
      schedule = updated?.schedule ?? buildSchedule(tasks, links, CALENDAR);
      criticalPath = updated ? updateCriticalPath(criticalPath, schedule, updated.moved) : computeCriticalPath(schedule);
      expect(meaning(schedule, criticalPath)).toEqual(meaning(buildSchedule(tasks, links, CALENDAR)));
    }
    // The incremental path carried most steps; only a few needed a fresh build.
    expect(placedAgain).toBeGreaterThan(120);
    expect(unchanged).toBeGreaterThan(20);
  });

  it('builds anew when tasks are added, removed or reordered, or one starts before the axis', () => {
    const a = buildTask({ id: 'a', planId: 'p', columnId: 'c', rank: 'a0', title: 'A', createdAt: '2026-11-01T00:00:00.000Z', startDate: '2026-12-01', dueDate: '2026-12-02' });
    const b = { ...a, id: 'b', title: 'B' };
    const schedule = buildSchedule([a, b], [], CALENDAR);
    expect(rescheduleChangedTasks(schedule, [a, b], [a])).toBeNull();
    expect(rescheduleChangedTasks(schedule, [a, b], [b, a])).toBeNull();
    expect(rescheduleChangedTasks(schedule, [a, b], [a, { ...b, startDate: '2026-11-20', dueDate: '2026-11-21' }])).toBeNull();
    const later = rescheduleChangedTasks(schedule, [a, b], [a, { ...b, startDate: '2026-12-03', dueDate: '2026-12-04' }])?.schedule;
    expect(later && datesOf(later, later.byId.get('b') as NonNullable<ReturnType<typeof later.byId.get>>)).toEqual({ startDate: '2026-12-03', dueDate: '2026-12-04' });
  });
});
