import type { Patch } from './change-set';
import { selectPlanColumns } from './column-commands';
import { addDays, diffDays, type IsoDate } from './dates';
import type { Dependency } from './dependency';
import type { EntityState } from './entities';
import { DomainError, validateRecord } from './errors';
import { goalSchema } from './goal';
import type { IdFactory } from './ids';
import { memberSchema, type Member } from './member';
import { createPlanPatches } from './plan-commands';
import { compareRanks, initialRanks } from './rank';
import { riskSchema } from './risk';
import type { RaciRole } from './task';
import { buildTask } from './task-factory';
import { validTemplate, type PlanTemplate, type TemplateTask } from './template';
import type { WorkCalendar } from './calendar';

export type InstantiateOptions = { planId: string; name: string; startDate: IsoDate; now: string; newId: IdFactory; fallbackCalendar: WorkCalendar };

/**
 * Lays a template down as a new plan starting on a date: columns, people (an existing member
 * with the role's name is reused, not duplicated), goals, dated tasks, links and risks.
 */
export function instantiateTemplatePatches(state: EntityState, template: PlanTemplate, options: InstantiateOptions): Patch[] {
  const { planId, startDate, newId, now } = options;
  const valid = validTemplate(template);
  const patches: Patch[] = [];

  const memberIds = new Map<string, string>();
  const existing = new Map(Object.values(state.members).map((m) => [m.name.trim(), m]));
  for (const role of valid.roles) {
    const found = existing.get(role.name.trim());
    if (found) {
      memberIds.set(role.key, found.id);
      continue;
    }
    const member: Member = validateRecord(memberSchema, { id: newId('mem'), name: role.name, role: role.role, skills: [], weeklyCapacityHours: role.weeklyCapacityHours });
    memberIds.set(role.key, member.id);
    patches.push({ table: 'members', op: 'create', id: member.id, value: member });
  }
  const memberOf = (key: string | null) => (key ? (memberIds.get(key) ?? null) : null);

  const planPatches = createPlanPatches(
    {
      id: planId, name: options.name.trim() || valid.name, description: valid.description, createdAt: now, ownerId: memberOf(valid.roles[0]?.key ?? null),
      memberIds: [...new Set(memberIds.values())], startDate, endDate: addDays(startDate, valid.durationDays - 1), budget: valid.budget,
      calendar: valid.calendar ?? options.fallbackCalendar,
    },
    valid.columns,
    newId,
  );
  const columnIds = planPatches.filter((p) => p.table === 'columns').map((p) => p.id);

  const goalIds = new Map(valid.goals.map((g) => [g.key, newId('goal')]));
  const goals = valid.goals.map((g): Patch => {
    const goal = validateRecord(goalSchema, {
      id: goalIds.get(g.key), planId, title: g.title, description: '', metric: g.metric, unit: g.unit, baseline: g.baseline, target: g.target,
      deadline: g.deadlineOffsetDays === null ? null : addDays(startDate, g.deadlineOffsetDays), ownerId: memberOf(g.roleKey), kpiId: null,
    });
    return { table: 'goals', op: 'create', id: goal.id, value: goal };
  });

  const taskIds = new Map(valid.tasks.map((t) => [t.key, newId('task')]));
  const ranks = initialRanks(valid.tasks.length);
  const columnCategories = valid.columns.map((c) => c.category);
  const tasks = valid.tasks.map((t, index): Patch => {
    const start = t.offsetDays === null ? null : addDays(startDate, t.offsetDays);
    // Work placed in a doing or done column arrives started or finished, so the dashboard counts it.
    const category = columnCategories[t.column] ?? 'todo';
    const raci: Record<string, RaciRole> = {};
    for (const [roleKey, role] of Object.entries(t.raci)) {
      const memberId = memberIds.get(roleKey);
      if (memberId) raci[memberId] = role;
    }
    // Not validated again record by record: every value comes from the template, checked at the
    // boundary (validTemplate), or from ids, ranks and date arithmetic; a property test holds
    // what this yields to the record schemas. Validating 10,000 tasks here was a third of an
    // import's time before the board showed it.
    const task = buildTask({
      id: taskIds.get(t.key) ?? newId('task'), planId, columnId: columnIds[t.column] ?? columnIds[0] ?? '', rank: ranks[index] ?? 'a0', title: t.title, createdAt: now,
      description: t.description, ownerId: memberOf(t.roleKey), raci, priority: t.priority, startDate: start,
      dueDate: start && addDays(start, t.isMilestone ? 0 : t.durationDays - 1), estimateHours: t.estimateHours, plannedCost: t.plannedCost, tags: t.tags,
      checklist: t.checklist.map((text, i) => ({ id: newId('chk'), text, done: t.checklistDone?.[i] === true })), completionStandard: t.completionStandard,
      progress: t.progress ?? (category === 'done' ? 100 : 0), startedAt: category === 'todo' ? null : now, completedAt: category === 'done' ? now : null,
      parentId: t.parentKey ? (taskIds.get(t.parentKey) ?? null) : null, goalId: t.goalKey ? (goalIds.get(t.goalKey) ?? null) : null,
      isMilestone: t.isMilestone, recurrence: t.recurrence,
    });
    return { table: 'tasks', op: 'create', id: task.id, value: task };
  });

  const dependencies = valid.tasks.flatMap((t) =>
    t.after.flatMap((link): Patch[] => {
      const fromId = taskIds.get(link.key);
      const toId = taskIds.get(t.key);
      if (!fromId || !toId || fromId === toId) return [];
      const dependency: Dependency = { id: newId('dep'), planId, fromId, toId, type: link.type, lagDays: link.lagDays };
      return [{ table: 'dependencies', op: 'create', id: dependency.id, value: dependency }];
    }),
  );

  const risks = valid.risks.map((r): Patch => {
    const risk = validateRecord(riskSchema, {
      id: newId('risk'), planId, title: r.title, description: '', category: r.category, probability: r.probability, impact: r.impact, ownerId: memberOf(r.roleKey),
      response: r.response, contingencyPlan: r.contingencyPlan, trigger: '', reviewDate: null, status: 'identified', taskIds: [],
    });
    return { table: 'risks', op: 'create', id: risk.id, value: risk };
  });

  return [...patches, ...planPatches, ...goals, ...tasks, ...dependencies, ...risks];
}

/**
 * Keeps a plan's shape as a template: dates become offsets from the plan's start, people become
 * roles, and progress, costs spent, comments and history are left behind — a template is work to do.
 */
export function planToTemplate(state: EntityState, planId: string, input: { id: string; name: string; now: string }): PlanTemplate {
  const plan = state.plans[planId];
  if (!plan) throw new DomainError('not-found', 'plan not found');
  const columns = selectPlanColumns(state, planId);
  const columnIndex = new Map(columns.map((c, i) => [c.id, i]));
  const firstTodo = Math.max(0, columns.findIndex((c) => c.category === 'todo'));
  const tasks = Object.values(state.tasks)
    .filter((t) => t.planId === planId)
    .sort((a, b) => (columnIndex.get(a.columnId) ?? 0) - (columnIndex.get(b.columnId) ?? 0) || compareRanks(a, b));
  const dated = tasks.flatMap((t) => (t.startDate ? [t.startDate] : [])).sort();
  const origin = plan.startDate ?? dated[0] ?? input.now.slice(0, 10);
  const offset = (day: IsoDate | null) => (day === null ? null : Math.max(0, diffDays(origin, day)));

  const roleIds = new Set<string>(plan.memberIds);
  for (const t of tasks) if (t.ownerId) roleIds.add(t.ownerId);
  const roles = [...roleIds].flatMap((id) => {
    const m = state.members[id];
    return m ? [{ key: m.id, name: m.name, role: m.role, weeklyCapacityHours: m.weeklyCapacityHours }] : [];
  });
  const roleKey = (id: string | null) => (id && state.members[id] ? id : null);

  const taskKeys = new Set(tasks.map((t) => t.id));
  const linksInto = new Map<string, TemplateTask['after']>();
  for (const d of Object.values(state.dependencies)) {
    if (d.planId !== planId || !taskKeys.has(d.fromId) || !taskKeys.has(d.toId)) continue;
    linksInto.set(d.toId, [...(linksInto.get(d.toId) ?? []), { key: d.fromId, type: d.type, lagDays: d.lagDays }]);
  }
  const goals = Object.values(state.goals).filter((g) => g.planId === planId);
  const lastDay = [plan.endDate, ...tasks.map((t) => t.dueDate)].filter((d): d is IsoDate => d !== null).sort().at(-1);

  return validTemplate({
    id: input.id,
    name: input.name,
    description: plan.description,
    createdAt: input.now,
    durationDays: Math.min(3_660, Math.max(1, (lastDay ? diffDays(origin, lastDay) : 27) + 1)),
    budget: plan.budget,
    calendar: plan.calendar,
    columns: columns.map((c) => ({ name: c.name, category: c.category, wipLimit: c.wipLimit })),
    roles,
    goals: goals.map((g) => ({ key: g.id, title: g.title, metric: g.metric, unit: g.unit, baseline: g.baseline, target: g.target, deadlineOffsetDays: offset(g.deadline), roleKey: roleKey(g.ownerId) })),
    tasks: tasks.map((t) => ({
      key: t.id, title: t.title, description: t.description, column: firstTodo, offsetDays: offset(t.startDate),
      durationDays: t.startDate && t.dueDate ? Math.max(1, diffDays(t.startDate, t.dueDate) + 1) : 1, roleKey: roleKey(t.ownerId),
      raci: Object.fromEntries(Object.entries(t.raci).filter(([id]) => state.members[id])), priority: t.priority, estimateHours: t.estimateHours,
      plannedCost: t.plannedCost, tags: t.tags, checklist: t.checklist.map((c) => c.text), completionStandard: t.completionStandard,
      parentKey: t.parentId && taskKeys.has(t.parentId) ? t.parentId : null, goalKey: t.goalId && state.goals[t.goalId]?.planId === planId ? t.goalId : null,
      isMilestone: t.isMilestone, recurrence: t.recurrence, after: linksInto.get(t.id) ?? [],
    })),
    risks: Object.values(state.risks)
      .filter((r) => r.planId === planId)
      .map((r) => ({ title: r.title, category: r.category, probability: r.probability, impact: r.impact, response: r.response, contingencyPlan: r.contingencyPlan, roleKey: roleKey(r.ownerId) })),
  });
}

export function saveTemplatePatches(template: PlanTemplate): Patch[] {
  const valid = validTemplate(template);
  return [{ table: 'templates', op: 'create', id: valid.id, value: valid }];
}

export function deleteTemplatePatches(state: EntityState, id: string): Patch[] {
  const template = state.templates[id];
  if (!template) throw new DomainError('not-found', 'template not found');
  return [{ table: 'templates', op: 'delete', id, previous: template }];
}
