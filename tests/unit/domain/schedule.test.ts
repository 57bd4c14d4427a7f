import { describe, expect, it } from 'vitest';
import { STANDARD_CALENDAR, type WorkCalendar } from '../../../src/domain/calendar';
import { chinaCalendar } from '../../../src/domain/china-holidays';
import { computeCriticalPath } from '../../../src/domain/critical-path';
import type { Dependency } from '../../../src/domain/dependency';
import { DomainError } from '../../../src/domain/errors';
import { buildSchedule, datesOf, propagateSchedule } from '../../../src/domain/schedule';
import { buildTask } from '../../../src/domain/task-factory';

const NO_WEEKENDS: WorkCalendar = { weekendDays: [], holidays: [], workdays: [] };
const task = (id: string, start: string, due: string, extra: Partial<ReturnType<typeof buildTask>> = {}) =>
  buildTask({ id, planId: 'p', columnId: 'c', rank: 'a0', title: id.toUpperCase(), createdAt: '', startDate: start, dueDate: due, ...extra });
const link = (fromId: string, toId: string, type: Dependency['type'] = 'FS', lagDays = 0): Dependency => ({ id: `d_${fromId}_${toId}`, planId: 'p', fromId, toId, type, lagDays });

function placedDates(tasks: ReturnType<typeof task>[], links: Dependency[], calendar: WorkCalendar, changed: string[]) {
  const schedule = buildSchedule(tasks, links, calendar);
  const placed = propagateSchedule(schedule, changed);
  return Object.fromEntries([...placed.values()].map((t) => [t.id, datesOf(schedule, t)]));
}

describe('scheduling: the classic activity-on-node network', () => {
  // A(3) → B(4) → D(1), A → C(2) → D: critical path A-B-D, C has 2 days of float, 8 days in all.
  const tasks = [task('a', '2026-01-05', '2026-01-07'), task('b', '2026-01-05', '2026-01-08'), task('c', '2026-01-05', '2026-01-06'), task('d', '2026-01-05', '2026-01-05')];
  const links = [link('a', 'b'), link('a', 'c'), link('b', 'd'), link('c', 'd')];

  it('forward pass: each task starts when its predecessors finish', () => {
    const dates = placedDates(tasks, links, NO_WEEKENDS, ['a']);
    expect(dates).toEqual({
      a: { startDate: '2026-01-05', dueDate: '2026-01-07' },
      b: { startDate: '2026-01-08', dueDate: '2026-01-11' },
      c: { startDate: '2026-01-08', dueDate: '2026-01-09' },
      d: { startDate: '2026-01-12', dueDate: '2026-01-12' },
    });
  });

  it('backward pass: total float and the critical path', () => {
    const schedule = buildSchedule(tasks, links, NO_WEEKENDS);
    const placed = propagateSchedule(schedule, ['a']);
    const cpm = computeCriticalPath({ ...schedule, byId: placed });
    expect(Object.fromEntries(cpm.floatById)).toEqual({ a: 0, b: 0, c: 2, d: 0 });
    expect([...cpm.critical].sort()).toEqual(['a', 'b', 'd']);
    expect(cpm.projectFinish).toBe(8);
  });
});

describe('scheduling: the four link types with lags and leads', () => {
  // P runs 5 days from day 0. Q(3) SS+2, R(4) FF+1, S(2) SF+3, T(2) FS−2 (a lead).
  const start = '2026-03-02';
  const tasks = [
    task('p', start, '2026-03-06'), task('q', start, '2026-03-04'), task('r', start, '2026-03-05'),
    task('s', start, '2026-03-03'), task('t', start, '2026-03-03'),
  ];
  const links = [link('p', 'q', 'SS', 2), link('p', 'r', 'FF', 1), link('p', 's', 'SF', 3), link('p', 't', 'FS', -2)];

  it('places each successor where its link type and lag allow', () => {
    const dates = placedDates(tasks, links, NO_WEEKENDS, ['p']);
    expect(dates.q).toEqual({ startDate: '2026-03-04', dueDate: '2026-03-06' }); // starts 2 days after P starts
    expect(dates.r).toEqual({ startDate: '2026-03-04', dueDate: '2026-03-07' }); // finishes 1 day after P
    expect(dates.s).toEqual({ startDate: '2026-03-03', dueDate: '2026-03-04' }); // finishes 3 days after P starts
    expect(dates.t).toEqual({ startDate: '2026-03-05', dueDate: '2026-03-06' }); // starts 2 days before P ends
  });

  it('float follows the link type: only R, finishing last, is critical with P', () => {
    const schedule = buildSchedule(tasks, links, NO_WEEKENDS);
    const cpm = computeCriticalPath({ ...schedule, byId: propagateSchedule(schedule, ['p']) });
    expect(Object.fromEntries(cpm.floatById)).toEqual({ p: 0, q: 1, r: 0, s: 3, t: 1 });
    expect(cpm.projectFinish).toBe(6);
  });
});

describe('scheduling: calendars', () => {
  it('skips weekends: a Friday finish is followed by a Monday start, durations count working days', () => {
    const dates = placedDates([task('a', '2026-11-26', '2026-11-27'), task('b', '2026-11-26', '2026-11-27')], [link('a', 'b')], STANDARD_CALENDAR, ['a']);
    expect(dates.b).toEqual({ startDate: '2026-11-30', dueDate: '2026-12-01' });
  });

  it('skips Chinese public holidays and works on make-up days (调休)', () => {
    const dates = placedDates([task('a', '2026-09-28', '2026-09-30'), task('b', '2026-09-28', '2026-09-30')], [link('a', 'b')], chinaCalendar(), ['a']);
    // Oct 1–7 is the National Day holiday; Saturday Oct 10 is a working day.
    expect(dates.b).toEqual({ startDate: '2026-10-08', dueDate: '2026-10-10' });
  });

  it('a lag counts working days', () => {
    const dates = placedDates([task('a', '2026-11-23', '2026-11-23'), task('b', '2026-11-23', '2026-11-23')], [link('a', 'b', 'FS', 4)], STANDARD_CALENDAR, ['a']);
    expect(dates.b?.startDate).toBe('2026-11-30');
  });
});

describe('scheduling: what moves and what stays', () => {
  it('does not pull successors earlier, does not move manual tasks, and leaves unrelated tasks alone', () => {
    const tasks = [
      task('a', '2026-01-05', '2026-01-06'), task('b', '2026-01-20', '2026-01-21'),
      task('m', '2026-01-05', '2026-01-05', { schedulingMode: 'manual' }),
      task('x', '2026-01-05', '2026-01-08'), task('y', '2026-01-05', '2026-01-05'),
    ];
    const links = [link('a', 'b'), link('a', 'm'), link('x', 'y')];
    const dates = placedDates(tasks, links, NO_WEEKENDS, ['a']);
    expect(dates.b?.startDate).toBe('2026-01-20');
    expect(dates.m?.startDate).toBe('2026-01-05');
    expect(dates.y?.startDate).toBe('2026-01-05');
  });

  it('keeps a milestone at zero duration and lets work start the day it is reached', () => {
    const tasks = [task('a', '2026-01-05', '2026-01-06'), task('ms', '2026-01-05', '2026-01-05', { isMilestone: true }), task('b', '2026-01-05', '2026-01-05')];
    const dates = placedDates(tasks, [link('a', 'ms'), link('ms', 'b')], NO_WEEKENDS, ['a']);
    expect(dates.ms).toEqual({ startDate: '2026-01-07', dueDate: '2026-01-07' });
    expect(dates.b?.startDate).toBe('2026-01-07');
  });

  it('refuses a dependency loop, naming its tasks', () => {
    const tasks = [task('a', '2026-01-05', '2026-01-06'), task('b', '2026-01-05', '2026-01-06')];
    expect(() => buildSchedule(tasks, [link('a', 'b'), link('b', 'a')], NO_WEEKENDS)).toThrow(DomainError);
    expect(() => buildSchedule(tasks, [link('a', 'b'), link('b', 'a')], NO_WEEKENDS)).toThrow('A → B');
  });
});
