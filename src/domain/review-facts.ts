import { addDays, compareIsoDates, diffDays, startOfNextMonth, type IsoDate } from './dates';
import type { Kpi, Measurement } from './kpi';
import { riskScore, type Risk } from './risk';
import type { Task } from './task';

export type ReviewFacts = {
  done: { title: string; on: IsoDate }[];
  /** Due within the period (or before), already past, and still not done; days late as of the period's end or today. */
  slipped: { title: string; due: IsoDate; daysLate: number }[];
  /** Due by a week after the period, started on paper but at progress 0, or tied to a high open risk. */
  atRisk: { title: string; due: IsoDate | null; reason: 'not-started' | 'risk' }[];
  kpis: { name: string; unit: string; from: number | null; to: number | null; target: number | null }[];
  budget: { planned: number; actual: number };
  highRisks: { title: string; score: number }[];
};

const HIGH_RISK = 12;

/** The facts of a weekly review or monthly summary, gathered from the plan's data for a period. */
export function collectReviewFacts(
  input: { tasks: readonly Task[]; isDone: (t: Task) => boolean; risks: readonly Risk[]; kpis: readonly Kpi[]; measurements: readonly Measurement[] },
  start: IsoDate,
  end: IsoDate,
  today: IsoDate,
): ReviewFacts {
  const inPeriod = (day: IsoDate) => day >= start && day <= end;
  // A review of the current week is written before it ends: work due later this week has not slipped yet.
  const asOf = today < end ? today : end;
  const hasSlipped = (t: Task) => !input.isDone(t) && t.dueDate !== null && t.dueDate <= end && t.dueDate < asOf;
  const done = input.tasks
    .filter((t) => input.isDone(t) && t.completedAt && inPeriod(t.completedAt.slice(0, 10)))
    .map((t) => ({ title: t.title, on: (t.completedAt as string).slice(0, 10) }))
    .sort((a, b) => compareIsoDates(a.on, b.on));
  const slipped = input.tasks
    .filter(hasSlipped)
    .map((t) => ({ title: t.title, due: t.dueDate as IsoDate, daysLate: diffDays(t.dueDate as IsoDate, asOf) }))
    .sort((a, b) => compareIsoDates(a.due, b.due));
  const riskyTasks = new Set(input.risks.filter((r) => r.status !== 'closed' && riskScore(r) >= HIGH_RISK).flatMap((r) => r.taskIds));
  const nextWeekEnd = addDays(end, 7);
  const atRisk = input.tasks
    .filter((t) => !input.isDone(t) && !hasSlipped(t))
    .flatMap((t): ReviewFacts['atRisk'] => {
      if (riskyTasks.has(t.id)) return [{ title: t.title, due: t.dueDate, reason: 'risk' }];
      if (t.dueDate && t.dueDate <= nextWeekEnd && t.progress === 0 && t.startDate && t.startDate <= end) return [{ title: t.title, due: t.dueDate, reason: 'not-started' }];
      return [];
    });
  const kpis = input.kpis.map((kpi) => {
    const values = input.measurements.filter((m) => m.kpiId === kpi.id).sort((a, b) => compareIsoDates(a.date, b.date));
    const before = values.filter((m) => m.date < start).at(-1) ?? values.find((m) => inPeriod(m.date));
    const last = values.filter((m) => m.date <= end).at(-1);
    return { name: kpi.name, unit: kpi.unit, from: before?.value ?? null, to: last?.value ?? null, target: kpi.target };
  });
  let planned = 0;
  let actual = 0;
  for (const t of input.tasks) {
    planned += t.plannedCost ?? 0;
    actual += t.actualCost ?? 0;
  }
  const highRisks = input.risks.filter((r) => r.status !== 'closed' && riskScore(r) >= HIGH_RISK).map((r) => ({ title: r.title, score: riskScore(r) }));
  return { done, slipped, atRisk, kpis, budget: { planned, actual }, highRisks };
}

/** The period a review covers by default: this week (Monday to Sunday) or this calendar month. */
export function defaultReviewPeriod(kind: 'weekly' | 'monthly', today: IsoDate, weekStart: IsoDate): { start: IsoDate; end: IsoDate } {
  if (kind === 'weekly') return { start: weekStart, end: addDays(weekStart, 6) };
  return { start: `${today.slice(0, 7)}-01`, end: addDays(startOfNextMonth(today), -1) };
}
