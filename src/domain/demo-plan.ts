import type { Patch } from './change-set';
import { addDays, startOfWeek, type IsoDate } from './dates';
import { defaultCalendar } from './default-calendar';
import { defaultColumns } from './default-columns';
import { DEMO_MEMBERS, DEMO_PLAN_TEXT, DEMO_TASKS } from './demo-plan-content';
import type { IdFactory } from './ids';
import type { Language } from './locale';
import { createPlanPatches } from './plan-commands';
import { initialRanks } from './rank';
import { buildTask } from './task-factory';

/**
 * The records of the demo plan, dated around `today` so that some work is done, some is late
 * and some is ahead — a board that looks like a real month rather than an empty template.
 */
export function buildDemoPlanPatches(language: Language, today: IsoDate, now: string, newId: IdFactory): Patch[] {
  const planId = newId('plan');
  const monthStart = addDays(startOfWeek(today), -7);
  const members = DEMO_MEMBERS.map((m) => ({ key: m.key, record: { id: newId('mem'), name: m.name[language], role: m.role[language], skills: m.skills, weeklyCapacityHours: m.capacity } }));
  const memberId = (key: string) => members.find((m) => m.key === key)?.record.id ?? null;
  const leadId = memberId('lead');

  const planPatches = createPlanPatches(
    { id: planId, name: DEMO_PLAN_TEXT.name[language], description: DEMO_PLAN_TEXT.description[language], createdAt: now, ownerId: leadId, memberIds: members.map((m) => m.record.id), startDate: monthStart, endDate: addDays(monthStart, 27), budget: 40000, calendar: defaultCalendar(language) },
    defaultColumns(language),
    newId,
  );
  const columnIds = planPatches.filter((p) => p.table === 'columns').map((p) => p.id);
  const goalId = newId('goal');
  const taskIds = new Map(DEMO_TASKS.map((t) => [t.key, newId('task')]));
  const ranks = initialRanks(DEMO_TASKS.length);

  // Work was planned at the start of the month and finished on its due day, so the demo's
  // burn-down and on-time rate read like a real month's.
  const plannedAt = `${monthStart}T01:00:00.000Z`;
  const tasks = DEMO_TASKS.map((t, index) => {
    const start = addDays(monthStart, t.week * 7 + t.startOffset);
    const due = addDays(start, t.days - 1);
    const ownerId = memberId(t.owner);
    return buildTask({
      id: taskIds.get(t.key) ?? newId('task'), planId, columnId: columnIds[t.column] ?? columnIds[0] ?? '', rank: ranks[index] ?? 'a0', title: t.title[language], createdAt: plannedAt,
      priority: t.priority, ownerId, raci: ownerId && leadId ? { [ownerId]: 'R', [leadId]: 'A' } : {}, startDate: start, dueDate: due,
      estimateHours: t.hours, actualHours: t.column === 3 ? t.hours : null, progress: t.column === 3 ? 100 : t.column > 0 ? 50 : 0,
      plannedCost: t.cost, actualCost: t.column === 3 ? t.cost : null, tags: t.tags, goalId, term: 'short', isMilestone: t.milestone === true,
      completionStandard: t.standard?.[language] ?? '', startedAt: t.column > 0 ? `${start}T09:00:00.000Z` : null, completedAt: t.column === 3 ? `${due}T09:00:00.000Z` : null,
    });
  });

  const dependencies = DEMO_TASKS.filter((t) => t.after).map((t): Patch => {
    const id = newId('dep');
    return { table: 'dependencies', op: 'create', id, value: { id, planId, fromId: taskIds.get(t.after ?? '') ?? '', toId: taskIds.get(t.key) ?? '', type: 'FS', lagDays: 0 } };
  });

  const risks = DEMO_PLAN_TEXT.risks.map((r, index): Patch => {
    const id = newId('risk');
    return {
      table: 'risks', op: 'create', id,
      value: { id, planId, title: r.title[language], description: '', category: r.category, probability: r.probability, impact: r.impact, ownerId: index === 0 ? leadId : memberId('analyst'), response: 'mitigate', contingencyPlan: r.plan[language], trigger: '', reviewDate: addDays(today, 7), status: 'monitoring', taskIds: [taskIds.get(index === 0 ? 'ads' : 'launch') ?? ''] },
    };
  });

  const kpiId = newId('kpi');
  const kpi: Patch = { table: 'kpis', op: 'create', id: kpiId, value: { id: kpiId, planId, name: DEMO_PLAN_TEXT.metric[language], unit: DEMO_PLAN_TEXT.unit[language], direction: 'increase', baseline: 50000, target: 60000, goalIds: [goalId], taskIds: [] } };
  const measurements = [50000, 50800, 51900].map((value, week): Patch => {
    const id = newId('meas');
    return { table: 'measurements', op: 'create', id, value: { id, kpiId, planId, date: addDays(startOfWeek(today), (week - 2) * 7), value, note: '' } };
  });

  return [
    ...members.map((m): Patch => ({ table: 'members', op: 'create', id: m.record.id, value: m.record })),
    ...planPatches,
    { table: 'goals', op: 'create', id: goalId, value: { id: goalId, planId, title: DEMO_PLAN_TEXT.goal[language], description: '', metric: DEMO_PLAN_TEXT.metric[language], unit: DEMO_PLAN_TEXT.unit[language], baseline: 50000, target: 60000, deadline: addDays(monthStart, 89), ownerId: leadId, kpiId } },
    ...tasks.map((task): Patch => ({ table: 'tasks', op: 'create', id: task.id, value: task })),
    ...dependencies,
    ...risks,
    kpi,
    ...measurements,
  ];
}
