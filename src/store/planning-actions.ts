import type { IsoDate } from '../domain/dates';
import type { Goal } from '../domain/goal';
import { breakdownGoalPatches, createGoalPatches, deleteGoalPatches, updateGoalPatches, type BreakdownLabels, type BreakdownLevel } from '../domain/goal-commands';
import type { Review } from '../domain/review';
import type { Risk } from '../domain/risk';
import { createRiskPatches, deleteRiskPatches, updateRiskPatches } from '../domain/risk-commands';
import { selectPlanColumns } from '../domain/column-commands';
import { deleteRecordPatches, updateRecordPatches } from '../domain/record-commands';
import { DomainError, validateRecord } from '../domain/errors';
import { reviewSchema } from '../domain/review';
import type { OpsStore } from './create-ops-store';

export type PlanningActions = ReturnType<typeof createPlanningActions>;

/** Goals, risks and reviews: the operations cycle around the task graph. */
export function createPlanningActions(store: OpsStore) {
  const { newId, now } = store.deps;
  return {
    addGoal(planId: string, fields: Omit<Goal, 'id' | 'planId' | 'kpiId'>): string | null {
      const id = newId('goal');
      return store.run('action.addGoal', (s) => createGoalPatches(s.data, { ...fields, id, planId, kpiId: null })) ? id : null;
    },
    updateGoal: (id: string, fields: Partial<Goal>) => store.run('action.updateGoal', (s) => updateGoalPatches(s.data, id, fields)),
    deleteGoal: (id: string) => store.run('action.deleteGoal', (s) => deleteGoalPatches(s.data, id)),
    breakDownGoal(goalId: string, from: IsoDate, to: IsoDate, levels: BreakdownLevel[], labels: BreakdownLabels): boolean {
      return store.run('action.breakDownGoal', (s) => {
        const goal = s.data.goals[goalId];
        const column = goal ? selectPlanColumns(s.data, goal.planId)[0] : undefined;
        if (!column) throw new DomainError('not-found', 'the plan has no column');
        return breakdownGoalPatches(s.data, goalId, { from, to, levels, columnId: column.id, now: now(), newId, labels });
      });
    },
    addRisk(planId: string, fields: Omit<Risk, 'id' | 'planId'>): boolean {
      const id = newId('risk');
      return store.run('action.addRisk', (s) => createRiskPatches(s.data, { ...fields, id, planId }));
    },
    updateRisk: (id: string, fields: Partial<Risk>) => store.run('action.updateRisk', (s) => updateRiskPatches(s.data, id, fields)),
    deleteRisk: (id: string) => store.run('action.deleteRisk', (s) => deleteRiskPatches(s.data, id)),
    addReview(planId: string, fields: Omit<Review, 'id' | 'planId' | 'createdAt'>): string | null {
      const id = newId('rev');
      const ok = store.run('action.addReview', () => {
        const review = validateRecord(reviewSchema, { ...fields, id, planId, createdAt: now() });
        return [{ table: 'reviews', op: 'create', id, value: review }];
      });
      return ok ? id : null;
    },
    updateReview: (id: string, fields: Partial<Pick<Review, 'title' | 'notes' | 'lessons' | 'tags'>>) =>
      store.run('action.updateReview', (s) => updateRecordPatches(s.data, 'reviews', id, fields)),
    deleteReview: (id: string) => store.run('action.deleteReview', (s) => deleteRecordPatches(s.data, 'reviews', id)),
  };
}
