import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../src/domain/change-set';
import { columnSchema } from '../../../src/domain/column';
import { buildDemoPlanPatches } from '../../../src/domain/demo-plan';
import { dependencySchema } from '../../../src/domain/dependency';
import { emptyEntityState } from '../../../src/domain/entities';
import { goalSchema, isGoalMeasurable } from '../../../src/domain/goal';
import { memberSchema } from '../../../src/domain/member';
import { planSchema } from '../../../src/domain/plan';
import { riskSchema } from '../../../src/domain/risk';
import { taskSchema } from '../../../src/domain/task';

const build = (language: 'en' | 'zh-CN') => {
  let n = 0;
  return applyPatches(emptyEntityState(), buildDemoPlanPatches(language, '2026-11-24', '2026-11-24T09:00:00Z', (p) => `${p}_${++n}`));
};

describe('demo plan', () => {
  it('is a valid plan of the seeds: research → strategy → launch → evaluate, with a milestone and risks', () => {
    const state = build('en');
    for (const plan of Object.values(state.plans)) planSchema.parse(plan);
    for (const column of Object.values(state.columns)) columnSchema.parse(column);
    for (const task of Object.values(state.tasks)) taskSchema.parse(task);
    for (const dep of Object.values(state.dependencies)) dependencySchema.parse(dep);
    for (const member of Object.values(state.members)) memberSchema.parse(member);
    for (const risk of Object.values(state.risks)) riskSchema.parse(risk);
    const goals = Object.values(state.goals);
    goals.forEach((g) => goalSchema.parse(g));
    expect(goals.every(isGoalMeasurable)).toBe(true);
    expect(Object.values(state.tasks).filter((t) => t.isMilestone)).toHaveLength(1);
    expect(Object.values(state.members).map((m) => m.role)).toEqual(['Operations manager', 'Data analyst', 'Customer service specialist']);
    expect(Object.keys(state.risks)).toHaveLength(2);
  });

  it('speaks the user language', () => {
    const state = build('zh-CN');
    expect(Object.values(state.plans)[0]?.name).toBe('月度运营计划');
    expect(Object.values(state.columns).map((c) => c.name)).toContain('进行中');
    expect(Object.values(state.members).map((m) => m.role)).toContain('客服专员');
  });

  it('links every dependency to tasks of the plan', () => {
    const state = build('en');
    for (const dep of Object.values(state.dependencies)) {
      expect(state.tasks[dep.fromId]).toBeDefined();
      expect(state.tasks[dep.toId]).toBeDefined();
    }
  });
});
