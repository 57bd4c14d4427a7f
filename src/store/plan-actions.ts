import { buildDemoPlanPatches } from '../domain/demo-plan';
import { defaultCalendar } from '../domain/default-calendar';
import { defaultColumns } from '../domain/default-columns';
import type { Language } from '../domain/locale';
import type { Plan } from '../domain/plan';
import { createPlanPatches, deletePlanPatches, updatePlanPatches } from '../domain/plan-commands';
import type { OpsStore } from './create-ops-store';
import { selectPlans } from './plan-selectors';

export type PlanActions = ReturnType<typeof createPlanActions>;

export function createPlanActions(store: OpsStore) {
  const { newId, now } = store.deps;
  const activate = (planId: string | null) => store.setState((s) => ({ ui: { ...s.ui, activePlanId: planId, editingTaskId: null } }));
  return {
    /** An empty plan with the default columns of the user's language; it becomes the active plan. */
    createPlan(name: string, language: Language): string | null {
      const id = newId('plan');
      const ok = store.run('action.createPlan', () => createPlanPatches({ id, name: name.trim(), createdAt: now(), calendar: defaultCalendar(language) }, defaultColumns(language), newId));
      if (ok) activate(id);
      return ok ? id : null;
    },
    createDemoPlan(language: Language): string | null {
      let planId: string | null = null;
      const ok = store.run('action.createPlan', (s) => {
        const patches = buildDemoPlanPatches(language, s.ui.today, now(), newId);
        planId = patches.find((p) => p.table === 'plans')?.id ?? null;
        return patches;
      });
      if (ok) activate(planId);
      return ok ? planId : null;
    },
    updatePlan(planId: string, fields: Partial<Plan>): boolean {
      return store.run('action.updatePlan', (s) => updatePlanPatches(s.data, planId, fields));
    },
    deletePlan(planId: string): boolean {
      const ok = store.run('action.deletePlan', (s) => deletePlanPatches(s.data, planId));
      if (ok && store.getState().ui.activePlanId === planId) activate(selectPlans(store.getState())[0]?.id ?? null);
      return ok;
    },
    selectPlan: activate,
  };
}
