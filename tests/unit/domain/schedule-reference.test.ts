import { describe, expect, it } from 'vitest';
import { workingDayTest, type WorkCalendar } from '../../../src/domain/calendar';
import { computeCriticalPath } from '../../../src/domain/critical-path';
import { addDays } from '../../../src/domain/dates';
import type { Dependency } from '../../../src/domain/dependency';
import { DomainError } from '../../../src/domain/errors';
import { buildSchedule } from '../../../src/domain/schedule';
import type { Task } from '../../../src/domain/task';
import { buildTask } from '../../../src/domain/task-factory';
import { seededRandom } from '../../helpers/random';

// buildSchedule and computeCriticalPath are written for speed (a cold timeline at 10,000 tasks
// waits on them). Here they are checked against the definitions, worked out the slow way.

const CALENDAR: WorkCalendar = { weekendDays: [0, 6], holidays: ['2026-12-25', '2027-01-01'], workdays: ['2026-12-26'] };
const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

function randomPlan(seed: number, size: number) {
  const next = seededRandom(seed);
  const day = () => addDays('2026-12-01', Math.floor(next() * 60) - 10);
  const tasks: Task[] = Array.from({ length: size }, (_, i) => {
    const start = day();
    const roll = next();
    return buildTask({
      id: `t${i}`, planId: 'p', columnId: 'c', rank: `a${i}`, title: `Task ${i}`, createdAt: '2026-11-01T00:00:00.000Z',
      // Some tasks have one date or none: they take part with a one-day span, or not at all.
      startDate: roll < 0.1 ? null : start, dueDate: roll < 0.05 || (roll > 0.1 && roll < 0.15) ? null : addDays(start, Math.floor(next() * 8)),
      isMilestone: next() < 0.1, schedulingMode: next() < 0.5 ? 'auto' : 'manual',
    });
  });
  // Links only from a lower to a higher number: never a loop.
  const links: Dependency[] = Array.from({ length: Math.floor(size * 1.3) }, (_, i) => {
    const from = Math.floor(next() * (size - 1));
    const to = from + 1 + Math.floor(next() * (size - 1 - from));
    return { id: `d${i}`, planId: 'p', fromId: `t${from}`, toId: `t${to}`, type: LINK_TYPES[Math.floor(next() * 4)] as Dependency['type'], lagDays: Math.floor(next() * 3) - 1 };
  });
  return { tasks, links };
}

/** Working days from `origin` to the first working day on or after `day`, counted one by one. */
function workingIndex(origin: string, day: string, isWorking: (d: string) => boolean): number {
  let index = 0;
  for (let d = origin; d < day; d = addDays(d, 1)) if (isWorking(d)) index++;
  return index;
}

describe('the schedule against its definition', () => {
  it('places every dated task on the working-day axis, in an order where each link runs forwards, over 30 random plans', () => {
    const isWorking = workingDayTest(CALENDAR);
    for (let seed = 1; seed <= 30; seed++) {
      const { tasks, links } = randomPlan(seed, 60);
      const schedule = buildSchedule(tasks, links, CALENDAR);
      const dated = tasks.filter((t) => t.startDate || t.dueDate);
      const origin = dated.map((t) => (t.startDate ?? t.dueDate) as string).sort()[0] as string;
      expect([...schedule.byId.keys()].sort()).toEqual(dated.map((t) => t.id).sort());
      for (const task of dated) {
        const start = (task.startDate ?? task.dueDate) as string;
        const due = (task.dueDate ?? task.startDate) as string;
        const first = workingIndex(origin, start, isWorking);
        // The last working day on or before the due day: the index of the day after it, less one.
        const last = workingIndex(origin, addDays(due, 1), isWorking) - 1;
        expect(schedule.byId.get(task.id)).toEqual({ id: task.id, start: first, duration: task.isMilestone ? 0 : Math.max(1, last - first + 1), isAuto: task.schedulingMode !== 'manual' });
      }
      expect(schedule.order).toHaveLength(schedule.byId.size);
      expect(new Set(schedule.order).size).toBe(schedule.order.length);
      for (const [id, at] of schedule.positions) expect(schedule.order[at]).toBe(id);
      for (const link of links) {
        if (!schedule.byId.has(link.fromId) || !schedule.byId.has(link.toId)) continue;
        expect(schedule.positions.get(link.fromId)).toBeLessThan(schedule.positions.get(link.toId) as number);
        expect(schedule.predecessors.get(link.toId)).toContain(link);
        expect(schedule.successors.get(link.fromId)).toContain(link);
      }
    }
  });

  it('gives each task the float of its latest finish, worked out by repeating the backward rule until nothing changes', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { tasks, links } = randomPlan(seed, 60);
      const schedule = buildSchedule(tasks, links, CALENDAR);
      const placed = [...schedule.byId.values()];
      const finish = Math.max(0, ...placed.map((t) => t.start + t.duration));
      const latest = new Map(placed.map((t) => [t.id, finish]));
      for (let changed = true; changed; ) {
        changed = false;
        for (const link of links) {
          const pred = schedule.byId.get(link.fromId);
          const succ = schedule.byId.get(link.toId);
          if (!pred || !succ) continue;
          const succLf = latest.get(succ.id) as number;
          const succLs = succLf - succ.duration;
          const allowed = { FS: succLs, SS: succLs + pred.duration, FF: succLf, SF: succLf + pred.duration }[link.type] - link.lagDays;
          if (allowed < (latest.get(pred.id) as number)) {
            latest.set(pred.id, allowed);
            changed = true;
          }
        }
      }
      const { floatById, critical, projectFinish } = computeCriticalPath(schedule);
      expect(projectFinish).toBe(finish);
      expect(new Map([...floatById].sort())).toEqual(new Map(placed.map((t) => [t.id, (latest.get(t.id) as number) - t.duration - t.start] as const).sort()));
      expect([...critical].sort()).toEqual(placed.filter((t) => (floatById.get(t.id) as number) <= 0).map((t) => t.id).sort());
    }
  });

  it('names one loop in link order, closed, and no task that is only downstream of it, wherever the loop closes', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { tasks, links } = randomPlan(seed, 30);
      const next = seededRandom(100 + seed);
      // A link back from a later dated task to an earlier one, and one forwards between them: a loop.
      const dated = tasks.filter((t) => t.startDate || t.dueDate).map((t) => t.id);
      const later = dated[Math.floor(dated.length / 2) + Math.floor(next() * (dated.length / 2))] as string;
      const earlier = dated[Math.floor(next() * (dated.length / 2))] as string;
      const all: Dependency[] = [...links, { id: 'forward', planId: 'p', fromId: earlier, toId: later, type: 'FS', lagDays: 0 }, { id: 'back', planId: 'p', fromId: later, toId: earlier, type: 'FS', lagDays: 0 }];
      let thrown: unknown;
      try {
        buildSchedule(tasks, all, CALENDAR);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      const idOf = new Map(tasks.map((t) => [t.title, t.id]));
      const named = (thrown as DomainError).message.split(' → ').map((title) => idOf.get(title));
      expect(named[0]).toBe(named.at(-1));
      // Each step of the loop is a link (loops in these plans are short: never cut with '…').
      for (let i = 0; i + 1 < named.length; i++) expect(all.some((l) => l.fromId === named[i] && l.toId === named[i + 1])).toBe(true);
    }
  });

  it('names the loop, not the task downstream of it', () => {
    const task = (id: string) => buildTask({ id, planId: 'p', columnId: 'c', rank: id, title: id.toUpperCase(), createdAt: '2026-11-01T00:00:00.000Z', startDate: '2026-12-01', dueDate: '2026-12-02' });
    const link = (fromId: string, toId: string): Dependency => ({ id: `${fromId}${toId}`, planId: 'p', fromId, toId, type: 'FS', lagDays: 0 });
    const tasks = ['d', 'a', 'b', 'c'].map(task);
    expect(() => buildSchedule(tasks, [link('c', 'd'), link('a', 'b'), link('b', 'c'), link('c', 'a')], CALENDAR)).toThrow(/^(A → B → C → A|B → C → A → B|C → A → B → C)$/);
  });
});
