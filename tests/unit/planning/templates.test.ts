import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../src/domain/builtin-templates';
import { STANDARD_CALENDAR } from '../../../src/domain/calendar';
import { applyPatches } from '../../../src/domain/change-set';
import { emptyEntityState, type EntityState } from '../../../src/domain/entities';
import { instantiateTemplatePatches, planToTemplate } from '../../../src/domain/template-commands';
import { raciViolations } from '../../../src/domain/raci';
import { validTemplate } from '../../../src/domain/template';

function ids() {
  let n = 0;
  return (prefix: string) => `${prefix}_${++n}`;
}

function instantiate(state: EntityState, templateIndex: number, language: 'en' | 'zh-CN', planId = 'plan_new') {
  const template = builtInTemplates(language)[templateIndex]!;
  return applyPatches(state, instantiateTemplatePatches(state, template, { planId, name: '', startDate: '2026-12-07', now: '2026-11-24T00:00:00Z', newId: ids(), fallbackCalendar: STANDARD_CALENDAR }));
}

/** The graph of a plan with ids replaced by titles, to compare two plans made at different times. */
function graphOf(state: EntityState, planId: string) {
  const tasks = Object.values(state.tasks).filter((t) => t.planId === planId);
  const title = (id: string | null) => (id ? (state.tasks[id]?.title ?? state.goals[id]?.title ?? state.members[id]?.name ?? '?') : null);
  return {
    tasks: tasks.map((t) => [t.title, t.startDate, t.dueDate, title(t.ownerId), title(t.parentId), title(t.goalId), t.isMilestone, t.recurrence?.unit ?? null, t.checklist.length]).sort(),
    links: Object.values(state.dependencies).filter((d) => d.planId === planId).map((d) => [title(d.fromId), title(d.toId), d.type, d.lagDays]).sort(),
    goals: Object.values(state.goals).filter((g) => g.planId === planId).map((g) => [g.title, g.deadline, title(g.ownerId)]),
    risks: Object.values(state.risks).filter((r) => r.planId === planId).map((r) => [r.title, r.probability * r.impact, title(r.ownerId)]),
  };
}

describe('templates', () => {
  it('lays the monthly operations plan down on a start date with roles, goal, links, recurring meeting and risk', () => {
    const state = instantiate(emptyEntityState(), 0, 'zh-CN');
    const plan = state.plans.plan_new!;
    expect(plan).toMatchObject({ name: '月度运营计划', startDate: '2026-12-07', endDate: '2027-01-03' });
    expect(Object.values(state.members).map((m) => m.name)).toEqual(['运营经理', '数据分析师', '客服专员']);
    const graph = graphOf(state, 'plan_new');
    expect(graph.tasks).toContainEqual(['周会', '2026-12-07', '2026-12-07', '运营经理', null, null, false, 'week', 3]);
    expect(graph.tasks).toContainEqual(['活动上线', '2026-12-21', '2026-12-21', '运营经理', null, null, true, null, 0]);
    expect(graph.links).toContainEqual(['市场调研', '制定运营策略', 'FS', 0]);
    expect(graph.goals).toEqual([['本季度月活跃用户提升20%', '2027-03-06', '运营经理']]);
    expect(graph.risks).toEqual([['活动效果不及预期', 12, '运营经理']]);
    // Every task of a built-in template has exactly one Accountable.
    expect(raciViolations(Object.values(state.tasks))).toEqual([]);
  });

  it('reuses workspace members with the role’s name instead of duplicating people', () => {
    const once = instantiate(emptyEntityState(), 0, 'en', 'plan_a');
    const twice = instantiate(once, 2, 'en', 'plan_b');
    expect(Object.values(twice.members)).toHaveLength(3);
    const roleCards = Object.values(twice.tasks).filter((t) => t.planId === 'plan_b' && t.tags.includes('role'));
    expect(roleCards.map((t) => [t.title, twice.members[t.ownerId!]?.name, t.checklist.length])).toEqual([
      ['Role card: operations manager', 'Operations manager', 5], ['Role card: data analyst', 'Data analyst', 4], ['Role card: customer service specialist', 'Customer service specialist', 4],
    ]);
  });

  it('chains the eight project phases from planning to continuous improvement', () => {
    const state = instantiate(emptyEntityState(), 1, 'zh-CN');
    const phases = Object.values(state.tasks).filter((t) => t.tags.includes('phase')).sort((a, b) => a.rank.localeCompare(b.rank)).map((t) => t.title);
    expect(phases).toEqual(['项目规划', '资源协调', '数据分析', '进度管理', '风险控制', '团队协作', '成果评估', '持续改进']);
  });

  it('saves a plan as a template and lays it down again with the same graph, shifted to the new start', () => {
    const original = instantiate(emptyEntityState(), 0, 'en', 'plan_a');
    const template = planToTemplate(original, 'plan_a', { id: 'tpl_mine', name: 'Our month', now: '2026-11-24T00:00:00Z' });
    expect(template.tasks.every((t) => t.column === 0)).toBe(true);
    const copy = applyPatches(original, instantiateTemplatePatches(original, template, { planId: 'plan_b', name: 'December', startDate: '2026-12-07', now: '', newId: ids(), fallbackCalendar: STANDARD_CALENDAR }));
    expect(copy.plans.plan_b?.name).toBe('December');
    expect(graphOf(copy, 'plan_b')).toEqual(graphOf(original, 'plan_a'));
    expect(Object.values(copy.members)).toHaveLength(3);
  });

  it('refuses a damaged template before writing anything', () => {
    const template = { ...builtInTemplates('en')[0]!, columns: [] };
    expect(() => instantiateTemplatePatches(emptyEntityState(), template, { planId: 'plan_x', name: '', startDate: '2026-12-07', now: '', newId: ids(), fallbackCalendar: STANDARD_CALENDAR })).toThrow(/columns/);
  });
});

describe('validating a template once', () => {
  it('checks a template it has not seen, and hands one it returned back as it is', () => {
    const template = builtInTemplates('en')[0]!;
    const copy = structuredClone(template);
    const valid = validTemplate(copy);
    expect(valid).toEqual(template);
    expect(validTemplate(valid)).toBe(valid);
    expect(() => validTemplate({ ...copy, tasks: [{ ...copy.tasks[0], durationDays: 0 }] })).toThrow(/durationDays/);
    expect(() => validTemplate({ ...valid, name: 42 })).toThrow(/name/);
  });
});
