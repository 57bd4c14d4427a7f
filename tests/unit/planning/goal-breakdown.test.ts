import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../src/domain/change-set';
import { emptyEntityState } from '../../../src/domain/entities';
import { breakdownGoalPatches, createGoalPatches, deleteGoalPatches } from '../../../src/domain/goal-commands';
import { createPlanPatches } from '../../../src/domain/plan-commands';
import type { Task } from '../../../src/domain/task';

function planWithGoal() {
  let counter = 0;
  const newId = (prefix: string) => `${prefix}_${++counter}`;
  let state = applyPatches(emptyEntityState(), createPlanPatches({ id: 'plan_1', name: 'P', createdAt: '' }, [{ name: 'To do', category: 'todo' }], newId));
  state = applyPatches(state, createGoalPatches(state, { id: 'goal_1', planId: 'plan_1', title: 'MAU +20%', description: '', metric: 'MAU', unit: '', baseline: 100, target: 120, deadline: '2026-12-31', ownerId: null, kpiId: null }));
  const columnId = Object.keys(state.columns)[0] as string;
  return { state, newId, columnId };
}

const labels = { month: (n: number) => `M${n}`, week: (n: number) => `W${n}`, day: (d: string) => `D${d}` };

describe('breaking a goal down into monthly, weekly and daily tasks', () => {
  it('cuts months at the first of the month and weeks at Mondays, nested under each other', () => {
    const { state, newId, columnId } = planWithGoal();
    // 2026-11-20 is a Friday; the period crosses into December.
    const patches = breakdownGoalPatches(state, 'goal_1', { from: '2026-11-20', to: '2026-12-08', levels: ['month', 'week'], columnId, now: '', newId, labels });
    const tasks = patches.map((p) => (p as { value: Task }).value);
    const months = tasks.filter((t) => t.parentId === null);
    expect(months.map((t) => [t.title, t.startDate, t.dueDate])).toEqual([['M1', '2026-11-20', '2026-11-30'], ['M2', '2026-12-01', '2026-12-08']]);
    const novemberWeeks = tasks.filter((t) => t.parentId === months[0]?.id);
    expect(novemberWeeks.map((t) => [t.title, t.startDate, t.dueDate])).toEqual([['W1', '2026-11-20', '2026-11-22'], ['W2', '2026-11-23', '2026-11-29'], ['W3', '2026-11-30', '2026-11-30']]);
    const decemberWeeks = tasks.filter((t) => t.parentId === months[1]?.id);
    expect(decemberWeeks.map((t) => [t.startDate, t.dueDate])).toEqual([['2026-12-01', '2026-12-06'], ['2026-12-07', '2026-12-08']]);
    expect(tasks.every((t) => t.goalId === 'goal_1' && t.columnId === columnId)).toBe(true);
    // Ranks keep the creation order on the board.
    const ranks = tasks.map((t) => t.rank);
    expect([...ranks].sort()).toEqual(ranks);
  });

  it('makes one task per day at the day level, and refuses an empty or backwards request', () => {
    const { state, newId, columnId } = planWithGoal();
    const days = breakdownGoalPatches(state, 'goal_1', { from: '2026-11-23', to: '2026-11-25', levels: ['day'], columnId, now: '', newId, labels });
    expect(days.map((p) => (p as { value: Task }).value.title)).toEqual(['D2026-11-23', 'D2026-11-24', 'D2026-11-25']);
    expect(() => breakdownGoalPatches(state, 'goal_1', { from: '2026-11-25', to: '2026-11-23', levels: ['day'], columnId, now: '', newId, labels })).toThrow(/before/);
    expect(() => breakdownGoalPatches(state, 'goal_1', { from: '2026-11-23', to: '2026-11-25', levels: [], columnId, now: '', newId, labels })).toThrow(/level/);
  });

  it('refuses a breakdown that would flood the plan with tasks', () => {
    const { state, newId, columnId } = planWithGoal();
    expect(() => breakdownGoalPatches(state, 'goal_1', { from: '2026-01-01', to: '2027-12-31', levels: ['month', 'week', 'day'], columnId, now: '', newId, labels })).toThrow(/more than 500/);
  });

  it('keeps a deleted goal’s tasks, unlinked, and undoes cleanly', () => {
    const { state, newId, columnId } = planWithGoal();
    const withTasks = applyPatches(state, breakdownGoalPatches(state, 'goal_1', { from: '2026-11-23', to: '2026-11-24', levels: ['day'], columnId, now: '', newId, labels }));
    const deleted = applyPatches(withTasks, deleteGoalPatches(withTasks, 'goal_1'));
    expect(deleted.goals).toEqual({});
    expect(Object.values(deleted.tasks).map((t) => t.goalId)).toEqual([null, null]);
  });
});
