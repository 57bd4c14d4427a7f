import { describe, expect, it } from 'vitest';
import type { Kpi, Measurement } from '../../../src/domain/kpi';
import { collectReviewFacts, defaultReviewPeriod } from '../../../src/domain/review-facts';
import type { Risk } from '../../../src/domain/risk';
import { buildTask } from '../../../src/domain/task-factory';
import type { Task } from '../../../src/domain/task';

const task = (id: string, fields: Partial<Task>) => buildTask({ id, planId: 'p', columnId: fields.completedAt ? 'done' : 'todo', rank: 'a0', title: id, createdAt: '', ...fields });
const isDone = (t: Task) => t.columnId === 'done';

describe('review facts', () => {
  // The week of Monday 2026-11-16 to Sunday 2026-11-22.
  const start = '2026-11-16';
  const end = '2026-11-22';
  const tasks = [
    task('done-in-week', { completedAt: '2026-11-18T10:00:00.000Z', dueDate: '2026-11-20' }),
    task('done-before', { completedAt: '2026-11-10T10:00:00.000Z' }),
    task('late', { dueDate: '2026-11-19', startDate: '2026-11-16', progress: 50 }),
    task('due-next-week-untouched', { startDate: '2026-11-20', dueDate: '2026-11-25' }),
    task('due-next-week-started', { startDate: '2026-11-20', dueDate: '2026-11-25', progress: 10 }),
    task('risky', { startDate: '2026-12-01', dueDate: '2026-12-20', plannedCost: 1000, actualCost: 1200 }),
    task('far', { startDate: '2026-12-01', dueDate: '2026-12-20', plannedCost: 500 }),
  ];
  const risks: Risk[] = [{ id: 'r1', planId: 'p', title: 'Server outage', description: '', category: 'technical', probability: 4, impact: 4, ownerId: null, response: 'mitigate', contingencyPlan: '', trigger: '', reviewDate: null, status: 'monitoring', taskIds: ['risky'] }];
  const kpis: Kpi[] = [{ id: 'k', planId: 'p', name: 'MAU', unit: 'k', direction: 'increase', baseline: 100, target: 120, goalIds: [], taskIds: [] }];
  const measurements: Measurement[] = [
    { id: 'm1', kpiId: 'k', planId: 'p', date: '2026-11-09', value: 100, note: '' },
    { id: 'm2', kpiId: 'k', planId: 'p', date: '2026-11-20', value: 106, note: '' },
    { id: 'm3', kpiId: 'k', planId: 'p', date: '2026-11-27', value: 110, note: '' },
  ];

  it('gathers done, slipped, at-risk, KPI deltas, budget and high risks for the period', () => {
    const facts = collectReviewFacts({ tasks, isDone, risks, kpis, measurements }, start, end, '2026-11-24');
    expect(facts.done).toEqual([{ title: 'done-in-week', on: '2026-11-18' }]);
    expect(facts.slipped).toEqual([{ title: 'late', due: '2026-11-19', daysLate: 3 }]);
    expect(facts.atRisk).toEqual([
      { title: 'due-next-week-untouched', due: '2026-11-25', reason: 'not-started' },
      { title: 'risky', due: '2026-12-20', reason: 'risk' },
    ]);
    // From the last value before the week to the last value inside it; later values are ignored.
    expect(facts.kpis).toEqual([{ name: 'MAU', unit: 'k', from: 100, to: 106, target: 120 }]);
    expect(facts.budget).toEqual({ planned: 1500, actual: 1200 });
    expect(facts.highRisks).toEqual([{ title: 'Server outage', score: 16 }]);
  });

  it('does not count work due later in the current week as slipped', () => {
    const facts = collectReviewFacts({ tasks, isDone, risks: [], kpis: [], measurements: [] }, start, end, '2026-11-19');
    expect(facts.slipped).toEqual([]);
    expect(facts.atRisk.map((a) => a.title)).toEqual(['due-next-week-untouched']);
    const dayAfter = collectReviewFacts({ tasks, isDone, risks: [], kpis: [], measurements: [] }, start, end, '2026-11-20');
    expect(dayAfter.slipped).toEqual([{ title: 'late', due: '2026-11-19', daysLate: 1 }]);
  });

  it('defaults to Monday–Sunday for a weekly review and the calendar month for a monthly one', () => {
    expect(defaultReviewPeriod('weekly', '2026-11-24', '2026-11-23')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(defaultReviewPeriod('monthly', '2026-12-05', '2026-11-30')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    expect(defaultReviewPeriod('monthly', '2028-02-10', '2028-02-07')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
  });
});
