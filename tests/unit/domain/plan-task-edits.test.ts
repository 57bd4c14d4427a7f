import { describe, expect, it } from 'vitest';
import { planTaskEdits } from '../../../src/domain/plan-task-edits';
import { recordTableStep } from '../../../src/domain/table-lineage';
import { buildTask } from '../../../src/domain/task-factory';
import type { Task } from '../../../src/domain/task';

const task = (id: string, planId = 'p') => buildTask({ id, planId, columnId: 'c', rank: 'a0', title: id, createdAt: '' });
const byId = (list: readonly Task[]) => Object.fromEntries(list.map((t) => [t.id, t]));
const [a, b, c, other] = [task('a'), task('b'), task('c'), task('x', 'q')];
const plan = [a, b, c];
const table = byId([...plan, other]);

describe('plan task edits', () => {
  it('gives the tasks a change named, without the other plans\' ones', () => {
    const edited = { ...b, title: 'B' };
    const after = byId([a, edited, c, { ...other, title: 'X' }]);
    recordTableStep(table, after, ['b', 'x']);
    expect(planTaskEdits({ tasks: plan, taskById: table }, { tasks: [a, edited, c], taskById: after })).toEqual([[b, edited]]);
  });

  it('says the list changed otherwise when a named task left it and another joined it', () => {
    const joined = task('d');
    const after = byId([a, b, joined, other]);
    recordTableStep(table, after, ['c', 'd']);
    expect(planTaskEdits({ tasks: plan, taskById: table }, { tasks: [a, b, joined], taskById: after })).toBeNull();
  });

  it('compares the tasks place by place when the table does not say what changed', () => {
    const edited = { ...c, title: 'C' };
    expect(planTaskEdits({ tasks: plan, taskById: table }, { tasks: [a, b, edited], taskById: byId([a, b, edited]) })).toEqual([[c, edited]]);
    expect(planTaskEdits({ tasks: plan, taskById: table }, { tasks: [b, a, c], taskById: byId([b, a, c]) })).toBeNull();
    expect(planTaskEdits({ tasks: plan, taskById: table }, { tasks: [a, b], taskById: byId([a, b]) })).toBeNull();
  });
});
