import { describe, expect, it } from 'vitest';
import { STANDARD_CALENDAR, workingDayTest } from '../../../src/domain/calendar';
import type { Column } from '../../../src/domain/column';
import {
  budgetByGoal, budgetOfCosts, burnOfDays, burnSeries, completionRate, cycleTime, cycleTimeOfDays, dueCounts, flowOfDays, flowSeries, goalProgress,
  milestoneStatuses, onTimeRate, progressOfGoal, throughputOfDays, weeklyThroughput, weeklyWorkload, workloadOfHours,
} from '../../../src/domain/dashboard-metrics';
import { DashboardTally } from '../../../src/domain/dashboard-tally';
import { addDays } from '../../../src/domain/dates';
import type { Goal } from '../../../src/domain/goal';
import type { Member } from '../../../src/domain/member';
import type { Task } from '../../../src/domain/task';
import { buildTask } from '../../../src/domain/task-factory';
import { seededRandom } from '../../helpers/random';

const TODAY = '2026-11-25';
const WEEK = '2026-11-23';
const FROM = '2026-09-01';
const columns: Column[] = [['todo', 'todo'], ['doing', 'doing'], ['review', 'doing'], ['done', 'done']].map(([id, category], i) => (
  { id: id as string, planId: 'p', name: id as string, rank: `a${i}`, category: category as Column['category'], wipLimit: null }
));
const categoryOf = (task: Task) => columns.find((c) => c.id === task.columnId)?.category;
const isDone = (task: Task) => categoryOf(task) === 'done';
const members = ['m1', 'm2', 'm3'].map((id) => ({ id, name: id, weeklyCapacityHours: 40 }) as Member);
const goals = ['g1', 'g2'].map((id) => ({ id, planId: 'p', title: id, kpiId: null, baseline: null, target: null }) as unknown as Goal);

describe('the dashboard tally', () => {
  it('gives the same figures as computing from every task, over 400 random adds, moves, edits and deletes', () => {
    const next = seededRandom(5);
    const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
    const day = (spread: number) => addDays(TODAY, Math.floor(next() * spread) - spread + 10);
    const maybe = <T,>(value: T) => (next() < 0.7 ? value : null);
    const randomFields = (): Partial<Task> => {
      const columnId = pick(columns).id;
      const start = day(90);
      return {
        columnId,
        completedAt: columnId === 'done' && next() < 0.9 ? `${day(60)}T10:00:00.000Z` : null,
        startedAt: next() < 0.5 ? `${day(80)}T09:00:00.000Z` : null,
        startDate: maybe(start),
        dueDate: maybe(addDays(start, Math.floor(next() * 15))),
        ownerId: maybe(pick(members).id),
        estimateHours: maybe(Math.floor(next() * 30)),
        plannedCost: maybe(Math.floor(next() * 500)),
        actualCost: maybe(Math.round(next() * 5000) / 10),
        goalId: maybe(pick([...goals.map((g) => g.id), 'elsewhere'])),
        isMilestone: next() < 0.1,
        createdAt: `${day(100)}T08:00:00.000Z`,
      };
    };
    let tasks: Task[] = [];
    let created = 0;
    const add = () => buildTask({ id: `t${created++}`, planId: 'p', rank: 'a0', title: 'T', columnId: 'todo', createdAt: '', ...randomFields() });
    for (let i = 0; i < 80; i++) tasks.push(add());
    const tally = new DashboardTally({ categoryOf, isWorking: workingDayTest(STANDARD_CALENDAR), today: TODAY, weekStart: WEEK });
    for (let step = 0; step < 400; step++) {
      const roll = next();
      if (roll < 0.15) tasks = [...tasks, add()];
      else if (roll < 0.3 && tasks.length > 10) tasks = tasks.filter((t) => t !== pick(tasks));
      else {
        const target = pick(tasks);
        const fields = randomFields();
        const change = pick<Partial<Task>>([fields, { columnId: fields.columnId, completedAt: fields.completedAt }, { title: 'renamed' }, { goalId: fields.goalId, plannedCost: fields.plannedCost }]);
        tasks = tasks.map((t) => (t === target ? { ...t, ...change } : t));
      }
      tally.update(tasks);

      expect(tally.work).toEqual({ all: completionRate(tasks, isDone).whole, done: completionRate(tasks, isDone).part });
      expect(tally.onTime).toEqual({ part: onTimeRate(tasks, isDone, STANDARD_CALENDAR).part, whole: onTimeRate(tasks, isDone, STANDARD_CALENDAR).whole });
      expect(tally.due).toEqual(dueCounts(tasks, isDone, TODAY));
      expect(throughputOfDays(tally.completedDays, WEEK, 8)).toEqual(weeklyThroughput(tasks, isDone, WEEK, 8));
      const cycle = cycleTime(tasks, isDone);
      expect(cycleTimeOfDays(tally.cycleDays)).toMatchObject({ median: cycle.median, count: cycle.count });
      expect(cycleTimeOfDays(tally.cycleDays).average ?? 0).toBeCloseTo(cycle.average ?? 0, 9);
      expect(burnOfDays(tally.createdWork, tally.finishedWork, FROM, '2026-12-31', TODAY)).toEqual(burnSeries(tasks, isDone, FROM, '2026-12-31', TODAY));
      expect(flowOfDays(tally.flowCreated, tally.flowStarted, tally.flowFinished, FROM, '2026-12-31', TODAY)).toEqual(flowSeries(tasks, categoryOf, FROM, '2026-12-31', TODAY));
      expect(milestoneStatuses([...tally.milestones.values()], isDone, TODAY)).toEqual(milestoneStatuses(tasks, isDone, TODAY));
      const dates = tasks.flatMap((t) => [t.startDate, t.dueDate]).filter((d) => d !== null).sort();
      expect([tally.scheduledDays.first(), tally.scheduledDays.last()]).toEqual([dates[0], dates.at(-1)]);
      for (const goal of goals) expect(progressOfGoal(goal, tally.goalWork.get(goal.id) ?? { work: 0, done: 0 }, [])).toEqual(goalProgress(goal, tasks, isDone, []));
      // Sums kept by adding and taking back differ from fresh sums only in the last bits.
      const workload = weeklyWorkload(tasks, members, isDone, STANDARD_CALENDAR, WEEK);
      workloadOfHours(tally.weekHours, members).forEach((line, i) => expect(line.hours).toBeCloseTo(workload[i]?.hours ?? -1, 0));
      const budget = budgetByGoal(tasks, goals, 1000, 'plan', 'none');
      const kept = budgetOfCosts(tally.costs, goals, 1000, 'plan', 'none');
      expect(kept.map((l) => l.key)).toEqual(budget.map((l) => l.key));
      kept.forEach((line, i) => {
        expect(line.planned).toBeCloseTo(budget[i]?.planned ?? -1, 6);
        expect(line.actual).toBeCloseTo(budget[i]?.actual ?? -1, 6);
      });
    }
  });

  it('does nothing for the same list, and only revisits the tasks that changed', () => {
    const a = buildTask({ id: 'a', planId: 'p', columnId: 'todo', rank: 'a0', title: 'A', createdAt: '2026-11-20T08:00:00.000Z', dueDate: '2026-11-20' });
    const b = buildTask({ id: 'b', planId: 'p', columnId: 'todo', rank: 'a1', title: 'B', createdAt: '2026-11-20T08:00:00.000Z' });
    let seen = 0;
    const tally = new DashboardTally({ categoryOf: (t) => { seen++; return categoryOf(t); }, isWorking: () => true, today: TODAY, weekStart: WEEK });
    const tasks = [a, b];
    expect(tally.update(tasks)).toBe(true);
    expect(tally.update(tasks)).toBe(false);
    expect(tally.due.overdue).toBe(1);
    seen = 0;
    expect(tally.update([{ ...a, columnId: 'done', completedAt: '2026-11-25T09:00:00.000Z' }, b])).toBe(true);
    expect(seen).toBe(1);
    expect(tally.due.overdue).toBe(0);
    expect(tally.work).toEqual({ all: 2, done: 1 });
  });
});
