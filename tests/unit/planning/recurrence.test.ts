import { describe, expect, it } from 'vitest';
import { applyPatches, invertPatches } from '../../../src/domain/change-set';
import { emptyEntityState, type EntityState } from '../../../src/domain/entities';
import { createPlanPatches } from '../../../src/domain/plan-commands';
import { advanceDate } from '../../../src/domain/recurrence';
import { createTaskPatches, moveTaskPatches } from '../../../src/domain/task-commands';

const NOW = '2026-11-27T17:00:00.000Z';
const DAY2 = '2026-11-28T09:00:00.000Z';
const [TODO, DOING, DONE] = ['col_1', 'col_2', 'col_3'];

function planWithWeeklyReport(): { state: EntityState; newId: (p: string) => string } {
  let n = 0;
  const newId = (prefix: string) => `${prefix}_${++n}`;
  let state = applyPatches(emptyEntityState(), createPlanPatches({ id: 'plan_1', name: 'P', createdAt: NOW }, [
    { name: 'To do', category: 'todo' }, { name: 'Doing', category: 'doing' }, { name: 'Done', category: 'done' },
  ], newId));
  state = applyPatches(state, createTaskPatches(state, {
    id: 'task_report', planId: 'plan_1', columnId: DOING, rank: 'a0', title: 'Weekly report', createdAt: NOW, startDate: '2026-11-27', dueDate: '2026-11-27',
    recurrence: { unit: 'week', interval: 1 }, checklist: [{ id: 'chk_a', text: 'KPIs', done: true }], progress: 100, startedAt: NOW,
  }));
  return { state, newId };
}

describe('repeating tasks', () => {
  it('steps dates by days, weeks and months, clamping to the end of a short month', () => {
    expect(advanceDate('2026-11-27', { unit: 'day', interval: 3 })).toBe('2026-11-30');
    expect(advanceDate('2026-12-28', { unit: 'week', interval: 1 })).toBe('2027-01-04');
    expect(advanceDate('2027-01-31', { unit: 'month', interval: 1 })).toBe('2027-02-28');
    expect(advanceDate('2026-11-15', { unit: 'month', interval: 2 })).toBe('2027-01-15');
  });

  it('finishing an occurrence creates the next one in to-do, fresh, in the same change set', () => {
    const { state, newId } = planWithWeeklyReport();
    const patches = moveTaskPatches(state, 'task_report', { columnId: DONE, beforeId: null, afterId: null }, DAY2, newId);
    const after = applyPatches(state, patches);
    expect(after.tasks.task_report).toMatchObject({ columnId: DONE, completedAt: DAY2, recurrence: null });
    const next = Object.values(after.tasks).find((t) => t.id !== 'task_report')!;
    expect(next).toMatchObject({
      title: 'Weekly report', columnId: TODO, startDate: '2026-12-04', dueDate: '2026-12-04', recurrence: { unit: 'week', interval: 1 },
      progress: 0, startedAt: null, completedAt: null, createdAt: DAY2,
    });
    expect(next.checklist.map((c) => [c.text, c.done])).toEqual([['KPIs', false]]);
    // One undo removes the new occurrence and restores the old one.
    expect(applyPatches(after, invertPatches(patches))).toEqual(state);
  });

  it('re-finishing the old occurrence adds nothing: the repetition moved on', () => {
    const { state, newId } = planWithWeeklyReport();
    let after = applyPatches(state, moveTaskPatches(state, 'task_report', { columnId: DONE, beforeId: null, afterId: null }, DAY2, newId));
    after = applyPatches(after, moveTaskPatches(after, 'task_report', { columnId: DOING, beforeId: null, afterId: null }, DAY2, newId));
    after = applyPatches(after, moveTaskPatches(after, 'task_report', { columnId: DONE, beforeId: null, afterId: null }, DAY2, newId));
    expect(Object.keys(after.tasks)).toHaveLength(2);
  });

  it('stamps the start of work when a card leaves to-do, and clears it when it goes back', () => {
    const { state, newId } = planWithWeeklyReport();
    let s = applyPatches(state, moveTaskPatches(state, 'task_report', { columnId: DONE, beforeId: null, afterId: null }, DAY2, newId));
    const nextId = Object.keys(s.tasks).find((id) => id !== 'task_report')!;
    s = applyPatches(s, moveTaskPatches(s, nextId, { columnId: DOING, beforeId: null, afterId: null }, NOW, newId));
    expect(s.tasks[nextId]?.startedAt).toBe(NOW);
    s = applyPatches(s, moveTaskPatches(s, nextId, { columnId: TODO, beforeId: null, afterId: null }, NOW, newId));
    expect(s.tasks[nextId]?.startedAt).toBeNull();
  });
});
