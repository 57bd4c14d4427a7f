import type { IsoDate } from '../domain/dates';
import { defaultCalendar } from '../domain/default-calendar';
import type { Language } from '../domain/locale';
import type { PlanTemplate } from '../domain/template';
import { deleteTemplatePatches, instantiateTemplatePatches, planToTemplate, saveTemplatePatches } from '../domain/template-commands';
import type { OpsStore } from './create-ops-store';

export type TemplateActions = ReturnType<typeof createTemplateActions>;

/** Plans from templates (built-in or saved) and plans saved as templates; each is one undoable step. */
export function createTemplateActions(store: OpsStore) {
  const { newId, now } = store.deps;
  return {
    createPlanFromTemplate(template: PlanTemplate, name: string, startDate: IsoDate, language: Language, label = 'action.createPlan'): string | null {
      const planId = newId('plan');
      const ok = store.run(label, (s) =>
        instantiateTemplatePatches(s.data, template, { planId, name, startDate, now: now(), newId, fallbackCalendar: defaultCalendar(language) }),
      );
      if (ok) store.setState((s) => ({ ui: { ...s.ui, activePlanId: planId, editingTaskId: null } }));
      return ok ? planId : null;
    },
    saveAsTemplate(planId: string, name: string): string | null {
      const id = newId('tpl');
      const ok = store.run('action.saveTemplate', (s) => saveTemplatePatches(planToTemplate(s.data, planId, { id, name: name.trim(), now: now() })));
      return ok ? id : null;
    },
    deleteTemplate: (id: string) => store.run('action.deleteTemplate', (s) => deleteTemplatePatches(s.data, id)),
  };
}
