import { describe, expect, it } from 'vitest';
import { planTaskEdits } from '../../../src/domain/plan-task-edits';
import { recordTableStep } from '../../../src/domain/table-lineage';
import { buildTask } from '../../../src/domain/task-factory';
import { tasksById } from '../../helpers/tasks-by-id';

const task = (id: string, planId = 'p') => buildTask({ id, planId, columnId: 'c', rank: 'a0', title: id, createdAt: '' });
const [a, b, c, other] = [task('a'), task('b'), task('c'), task('x', 'q')];
const plan = [a, b, c];
const table = tasksById([...plan, other]);

describe('plan task edits', () => {
  it('gives the tasks a change named, without the other plans\' ones', () => {
    const edited = { ...b, title: 'B' };
    const after = tasksById([a, edited, c, { ...other, title: 'X' }]);
    recordTableStep(table, after, ['b', 'x']);
    expect(planTaskEdits({ tasks: plan, taskById: table }, { tasks: [a, edited, c], taskById: after })).toEqual([[b, edited]]);
  });

  it('says the list changed otherwise when a named task left it and another joined it', () => {
    const joined = task('d');
    const after = tasksById([a, b, joined, other]);
    recordTableStep(table, after, ['c', 'd']);
    expect(planTaskEdits({ tasks: plan, taskById: table }, { tasks: [a, b, joined], taskById: after })).toBeNull();
  });

  it('compares the tasks place by place when the table does not say what changed', () => {
    const edited = { ...c, title: 'C' };
    expect(planTaskEdits({ tasks: plan, taskById: table }, { tasks: [a, b, edited], taskById: tasksById([a, b, edited]) })).toEqual([[c, edited]]);
    expect(planTaskEdits({ tasks: plan, taskById: table }, { tasks: [b, a, c], taskById: tasksById([b, a, c]) })).toBeNull();
    expect(planTaskEdits({ tasks: plan, taskById: table }, { tasks: [a, b], taskById: tasksById([a, b]) })).toBeNull();
  });

  it('gives the same answer again when asked again about the same lists', () => {
    const edited = { ...a, title: 'A' };
    const after = { tasks: [edited, b, c], taskById: tasksById([edited, b, c]) };
    const first = planTaskEdits({ tasks: plan, taskById: table }, after);
    expect(planTaskEdits({ tasks: plan, taskById: table }, after)).toBe(first);
  });
});
