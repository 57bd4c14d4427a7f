import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../src/domain/change-set';
import { emptyEntityState } from '../../../src/domain/entities';
import { createPlanPatches } from '../../../src/domain/plan-commands';
import { addDependencyPatches, removeDependencyPatches, rescheduleTaskPatches, updateDependencyPatches } from '../../../src/domain/schedule-commands';
import { createTaskPatches, updateTaskPatches } from '../../../src/domain/task-commands';

const NOW = '2026-11-24T09:00:00.000Z';

function plan() {
  let state = applyPatches(emptyEntityState(), createPlanPatches({ id: 'plan_1', name: 'P', createdAt: NOW }, [{ name: 'To do', category: 'todo' }], (p) => `${p}_1`));
  const add = (id: string, startDate: string, dueDate: string) => {
    state = applyPatches(state, createTaskPatches(state, { id, planId: 'plan_1', columnId: 'col_1', rank: 'a0', title: id, createdAt: NOW, startDate, dueDate }));
  };
  add('research', '2026-11-23', '2026-11-25'); // Mon–Wed
  add('strategy', '2026-11-26', '2026-11-27'); // Thu–Fri
  add('launch', '2026-11-30', '2026-11-30');   // Mon
  state = applyPatches(state, addDependencyPatches(state, { id: 'dep_1', planId: 'plan_1', fromId: 'research', toId: 'strategy', type: 'FS', lagDays: 0 }, NOW));
  state = applyPatches(state, addDependencyPatches(state, { id: 'dep_2', planId: 'plan_1', fromId: 'strategy', toId: 'launch', type: 'FS', lagDays: 0 }, NOW));
  return state;
}

describe('timeline commands', () => {
  it('dragging a bar two days later pushes its successors over the weekend, in one change set', () => {
    const state = plan();
    const patches = rescheduleTaskPatches(state, 'research', '2026-11-25', '2026-11-27', NOW);
    const after = applyPatches(state, patches);
    expect(after.tasks.strategy).toMatchObject({ startDate: '2026-11-30', dueDate: '2026-12-01' });
    expect(after.tasks.launch).toMatchObject({ startDate: '2026-12-02', dueDate: '2026-12-02' });
    expect(patches).toHaveLength(3);
  });

  it('moves the same tasks to the same dates when the caller hands over the plan’s tasks and links, in any order', () => {
    const state = plan();
    const known = { tasks: Object.values(state.tasks).reverse(), links: Object.values(state.dependencies).reverse() };
    const handed = rescheduleTaskPatches(state, 'research', '2026-11-25', '2026-11-27', NOW, known);
    const found = rescheduleTaskPatches(state, 'research', '2026-11-25', '2026-11-27', NOW);
    expect(handed).toHaveLength(found.length);
    expect(applyPatches(state, handed).tasks).toEqual(applyPatches(state, found).tasks);
  });

  it('manual tasks downstream stay where they are, and an automatic one past them is still placed by its links', () => {
    let state = plan();
    state = applyPatches(state, updateTaskPatches(state, 'strategy', { schedulingMode: 'manual' }, NOW));
    state = applyPatches(state, updateTaskPatches(state, 'launch', { schedulingMode: 'manual' }, NOW));
    expect(rescheduleTaskPatches(state, 'research', '2026-11-25', '2026-11-27', NOW)).toHaveLength(1);

    // launch is automatic again but starts before strategy ends (edited by hand): the next
    // reschedule upstream places it after strategy, through the manual task between.
    state = applyPatches(state, updateTaskPatches(state, 'launch', { schedulingMode: 'auto', startDate: '2026-11-26', dueDate: '2026-11-26' }, NOW));
    const after = applyPatches(state, rescheduleTaskPatches(state, 'research', '2026-11-24', '2026-11-26', NOW));
    expect(after.tasks.strategy).toMatchObject({ startDate: '2026-11-26', dueDate: '2026-11-27' });
    expect(after.tasks.launch).toMatchObject({ startDate: '2026-11-30', dueDate: '2026-11-30' });
  });

  it('a new link moves its successor at once; a loop or a duplicate is refused', () => {
    let state = plan();
    state = applyPatches(state, updateDependencyPatches(state, 'dep_1', { type: 'FS', lagDays: 2 }, NOW));
    expect(state.tasks.strategy?.startDate).toBe('2026-11-30');
    expect(() => addDependencyPatches(state, { id: 'dep_3', planId: 'plan_1', fromId: 'launch', toId: 'research', type: 'FS', lagDays: 0 }, NOW)).toThrow(/research → … → launch|launch → research/);
    expect(() => addDependencyPatches(state, { id: 'dep_4', planId: 'plan_1', fromId: 'research', toId: 'strategy', type: 'SS', lagDays: 0 }, NOW)).toThrow();
    expect(() => addDependencyPatches(state, { id: 'dep_5', planId: 'plan_1', fromId: 'research', toId: 'research', type: 'FS', lagDays: 0 }, NOW)).toThrow();
  });

  it('removing a link leaves the dates where they are', () => {
    const state = plan();
    const after = applyPatches(state, removeDependencyPatches(state, 'dep_1'));
    expect(after.dependencies.dep_1).toBeUndefined();
    expect(after.tasks.strategy?.startDate).toBe('2026-11-26');
  });
});
