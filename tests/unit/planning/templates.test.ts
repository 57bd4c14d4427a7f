import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../src/domain/builtin-templates';
import { STANDARD_CALENDAR } from '../../../src/domain/calendar';
import { applyPatches } from '../../../src/domain/change-set';
import { emptyEntityState, type EntityState } from '../../../src/domain/entities';
import { instantiateTemplatePatches, planToTemplate } from '../../../src/domain/template-commands';
import { raciViolations } from '../../../src/domain/raci';
import { RECORD_SCHEMAS } from '../../../src/domain/record-schemas';
import { validTemplate, type PlanTemplate, type TemplateTask } from '../../../src/domain/template';
import { seededRandom } from '../../helpers/random';

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
    const base = builtInTemplates('en')[0]!;
    const selfParent = { ...base, tasks: base.tasks.map((t, i) => (i === 0 ? { ...t, parentKey: t.key } : t)) };
    expect(() => validTemplate(selfParent)).toThrow(/tasks\.0\.parentKey: a task cannot be its own parent/);
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

  it('lays down only records that fit their schemas, from the built-in templates and 200 random valid ones', () => {
    const next = seededRandom(3);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
    const longText = (n: number) => 'x'.repeat(n);
    const randomTemplate = (): PlanTemplate => {
      const keys = Array.from({ length: int(1, 12) }, (_, i) => `k${i}`);
      const tasks = keys.map((key): TemplateTask => ({
        key, title: pick(['  padded title  ', longText(500), '任务']), description: longText(int(0, 3)), column: int(0, 4),
        offsetDays: pick([null, 0, int(0, 3_660)]), durationDays: int(1, 3_660), roleKey: pick([null, 'r0', 'missing']),
        raci: pick<Record<string, 'A' | 'R'>>([{}, { r0: 'A' }, { missing: 'R' }]), priority: pick(['urgent', 'low'] as const),
        estimateHours: pick([null, 0, 1e6]), plannedCost: pick([null, 0, 1e12]), tags: pick([[], ['ops', ' trimmed ']]),
        checklist: pick([[], ['one', longText(500)]]), checklistDone: pick([undefined, [true]]), progress: pick([undefined, 0, 100]),
        completionStandard: '', parentKey: pick([null, ...keys.filter((k) => k !== key), 'missing']), goalKey: pick([null, 'g0', 'missing']),
        isMilestone: next() < 0.3, recurrence: pick([null, { unit: 'week' as const, interval: int(1, 52) }]),
        after: pick([[], [{ key: pick(keys), type: pick(['FS', 'SS', 'FF', 'SF'] as const), lagDays: int(-3650, 3650) }]]),
      }));
      return validTemplate({
        id: 'tpl_random', name: 'Random', description: '', createdAt: '2026-11-24T00:00:00Z', durationDays: int(1, 3_660), budget: pick([null, 0, 1e12]), calendar: null,
        columns: Array.from({ length: int(1, 5) }, (_, i) => ({ name: `Column ${i}`, category: pick(['todo', 'doing', 'done'] as const), wipLimit: pick([null, 1, 10_000]) })),
        roles: [{ key: 'r0', name: ' Lead ', role: '', weeklyCapacityHours: int(0, 168) }],
        goals: [{ key: 'g0', title: 'Goal', metric: '', unit: '', baseline: null, target: 1, deadlineOffsetDays: pick([null, 3_660]), roleKey: 'r0' }],
        tasks, risks: [{ title: 'Risk', category: 'operational', probability: int(1, 5), impact: int(1, 5), response: 'mitigate', contingencyPlan: '', roleKey: pick([null, 'r0']) }],
      });
    };
    const templates = [...builtInTemplates('en'), ...builtInTemplates('zh-CN'), ...Array.from({ length: 200 }, randomTemplate)];
    for (const template of templates) {
      const patches = instantiateTemplatePatches(emptyEntityState(), template, { planId: 'plan_new', name: '', startDate: pick(['2026-12-07', '2031-02-28']), now: '2026-11-24T00:00:00Z', newId: ids(), fallbackCalendar: STANDARD_CALENDAR });
      for (const patch of patches) {
        if (patch.op !== 'create') continue;
        const result = RECORD_SCHEMAS[patch.table].safeParse(patch.value);
        expect(result.success ? null : { table: patch.table, template: template.name, issues: result.error.issues }).toBeNull();
      }
    }
  });
});
