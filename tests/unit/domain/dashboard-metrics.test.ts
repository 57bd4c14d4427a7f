import { describe, expect, it } from 'vitest';
import { STANDARD_CALENDAR } from '../../../src/domain/calendar';
import {
  budgetByGoal, burnSeries, completionRate, cycleTime, dueCounts, goalProgress, milestoneStatuses, onTimeRate, weeklyThroughput, weeklyWorkload,
} from '../../../src/domain/dashboard-metrics';
import type { Goal } from '../../../src/domain/goal';
import type { Member } from '../../../src/domain/member';
import { buildTask } from '../../../src/domain/task-factory';

const TODAY = '2026-11-25'; // a Wednesday
const task = (id: string, fields: Partial<ReturnType<typeof buildTask>> = {}) =>
  buildTask({ id, planId: 'p', columnId: 'todo', rank: 'a0', title: id, createdAt: '2026-11-16T08:00:00.000Z', ...fields });
const done = (id: string, completedOn: string, fields: Partial<ReturnType<typeof buildTask>> = {}) => task(id, { columnId: 'done', completedAt: `${completedOn}T10:00:00.000Z`, ...fields });
const isDone = (t: ReturnType<typeof task>) => t.columnId === 'done';

// Seven tasks and a milestone, checked by hand below.
const tasks = [
  done('a', '2026-11-18', { startDate: '2026-11-16', dueDate: '2026-11-18', plannedCost: 100, actualCost: 120, goalId: 'g1' }), // on time, 3 days
  done('b', '2026-11-23', { startDate: '2026-11-17', dueDate: '2026-11-20', plannedCost: 50, actualCost: 50, goalId: 'g1' }),  // due Fri, done Mon: 1 working day late, 7 days
  done('c', '2026-11-21', { startDate: '2026-11-19', dueDate: '2026-11-20' }), // done Saturday after a Friday due: 0 working days late
  task('d', { dueDate: '2026-11-24', goalId: 'g1', plannedCost: 30 }),  // overdue
  task('e', { dueDate: '2026-11-26' }),                                 // due soon
  task('f', { dueDate: '2026-12-10', createdAt: '2026-11-24T08:00:00.000Z' }), // added later
  task('g', {}),
  task('ms', { isMilestone: true, dueDate: '2026-11-20' }),             // a missed milestone
];

describe('dashboard KPIs', () => {
  it('completion rate counts work, not milestones: 3 of 7', () => {
    expect(completionRate(tasks, isDone)).toEqual({ part: 3, whole: 7, rate: 3 / 7 });
  });

  it('on-time rate measures lateness in working days: 2 of 3', () => {
    expect(onTimeRate(tasks, isDone, STANDARD_CALENDAR)).toEqual({ part: 2, whole: 3, rate: 2 / 3 });
  });

  it('counts overdue and due-soon work (the missed milestone is overdue too)', () => {
    expect(dueCounts(tasks, isDone, TODAY)).toEqual({ overdue: 2, dueSoon: 1 });
  });

  it('throughput per week, oldest first', () => {
    expect(weeklyThroughput(tasks, isDone, '2026-11-23', 3)).toEqual([
      { weekStart: '2026-11-09', done: 0 }, { weekStart: '2026-11-16', done: 2 }, { weekStart: '2026-11-23', done: 1 },
    ]);
  });

  it('cycle time from start to finish: 3, 3 and 7 days', () => {
    expect(cycleTime(tasks, isDone)).toEqual({ average: 13 / 3, median: 3, count: 3 });
  });

  it('burn-down and burn-up: scope grows when work is added, remaining falls as work is done', () => {
    const series = burnSeries(tasks, isDone, '2026-11-16', '2026-11-30', TODAY);
    expect(series).toHaveLength(10);
    expect(series[0]).toEqual({ date: '2026-11-16', scope: 6, done: 0, remaining: 6, ideal: 6 });
    expect(series.find((p) => p.date === '2026-11-21')).toMatchObject({ scope: 6, done: 2, remaining: 4 });
    expect(series.at(-1)).toMatchObject({ date: '2026-11-25', scope: 7, done: 3, remaining: 4 });
    expect(series.at(-1)?.ideal).toBeCloseTo(6 * (1 - 9 / 14));
  });

  it('milestone status', () => {
    expect(milestoneStatuses(tasks, isDone, TODAY)).toEqual([{ id: 'ms', title: 'ms', date: '2026-11-20', state: 'missed' }]);
  });

  it('weekly workload spreads estimates over working days and flags overload', () => {
    const members: Member[] = [
      { id: 'm1', name: 'Li', role: '', skills: [], weeklyCapacityHours: 10 },
      { id: 'm2', name: 'Wang', role: '', skills: [], weeklyCapacityHours: 40 },
    ];
    const work = [
      task('w1', { ownerId: 'm1', estimateHours: 20, startDate: '2026-11-19', dueDate: '2026-11-25' }), // 5 working days, 3 this week → 12 h
      task('w2', { ownerId: 'm2', estimateHours: 8, startDate: '2026-11-23', dueDate: '2026-11-23' }),
      done('w3', '2026-11-23', { ownerId: 'm2', estimateHours: 30, startDate: '2026-11-23', dueDate: '2026-11-24' }), // done: no load
    ];
    expect(weeklyWorkload(work, members, isDone, STANDARD_CALENDAR, '2026-11-23')).toEqual([
      { memberId: 'm1', name: 'Li', hours: 12, capacity: 10, overloaded: true },
      { memberId: 'm2', name: 'Wang', hours: 8, capacity: 40, overloaded: false },
    ]);
  });

  it('budget planned vs actual per goal and for the plan', () => {
    const goals = [{ id: 'g1', title: 'Grow' } as Goal];
    expect(budgetByGoal(tasks, goals, 1000, 'Plan', 'No goal')).toEqual([
      { key: 'g1', label: 'Grow', budget: null, planned: 180, actual: 170 },
      { key: 'none', label: 'No goal', budget: null, planned: 0, actual: 0 },
      { key: 'plan', label: 'Plan', budget: 1000, planned: 180, actual: 170 },
    ]);
  });

  it('goal progress comes from its KPI when measured, else from its tasks', () => {
    const goal: Goal = { id: 'g1', planId: 'p', title: 'MAU', description: '', metric: 'MAU', unit: '', baseline: 50000, target: 60000, deadline: null, ownerId: null, kpiId: 'k1' };
    expect(goalProgress(goal, tasks, isDone, [])).toEqual({ value: 2 / 3, source: 'tasks' });
    const measured = [
      { id: 'x1', kpiId: 'k1', planId: 'p', date: '2026-11-20', value: 52000, note: '' },
      { id: 'x2', kpiId: 'k1', planId: 'p', date: '2026-11-24', value: 54500, note: '' },
    ];
    expect(goalProgress(goal, tasks, isDone, measured)).toEqual({ value: 0.45, source: 'kpi' });
  });
});
