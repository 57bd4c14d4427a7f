import { describe, expect, it } from 'vitest';
import { raciViolations } from '../../../src/domain/raci';
import { riskScore, type Risk } from '../../../src/domain/risk';
import { riskHeatMap, risksOnCriticalPath } from '../../../src/domain/risk-commands';
import { buildTask } from '../../../src/domain/task-factory';

function risk(id: string, probability: number, impact: number, fields: Partial<Risk> = {}): Risk {
  return { id, planId: 'plan_1', title: id, description: '', category: 'market', probability, impact, ownerId: null, response: 'mitigate', contingencyPlan: '', trigger: '', reviewDate: null, status: 'identified', taskIds: [], ...fields };
}

describe('risk register', () => {
  it('scores probability × impact and counts open risks per heat-map cell', () => {
    const risks = [risk('a', 4, 5), risk('b', 4, 5), risk('c', 1, 2), risk('d', 5, 5, { status: 'closed' })];
    expect(riskScore(risks[0] as Risk)).toBe(20);
    const grid = riskHeatMap(risks);
    expect(grid[3]?.[4]).toBe(2);
    expect(grid[0]?.[1]).toBe(1);
    expect(grid[4]?.[4]).toBe(0); // closed risks leave the map
    expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('flags open risks linked to a critical task, not closed ones or ones off the path', () => {
    const risks = [risk('on', 2, 2, { taskIds: ['t1'] }), risk('off', 5, 5, { taskIds: ['t2'] }), risk('closed', 3, 3, { taskIds: ['t1'], status: 'closed' })];
    expect([...risksOnCriticalPath(risks, new Set(['t1']))]).toEqual(['on']);
  });
});

describe('RACI', () => {
  const task = (id: string, raci: Record<string, 'R' | 'A' | 'C' | 'I'>, isMilestone = false) =>
    buildTask({ id, planId: 'plan_1', columnId: 'col_1', rank: 'a0', title: id, createdAt: '', raci, isMilestone });

  it('lists tasks with no Accountable or several, and skips milestones', () => {
    const violations = raciViolations([task('none', { m1: 'R' }), task('one', { m1: 'A', m2: 'R' }), task('two', { m1: 'A', m2: 'A', m3: 'C' }), task('ms', {}, true)]);
    expect(violations).toEqual([{ taskId: 'none', title: 'none', accountable: 0 }, { taskId: 'two', title: 'two', accountable: 2 }]);
  });
});
