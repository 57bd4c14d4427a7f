import { snapshotBaseline } from '../domain/baseline';
import type { WorkCalendar } from '../domain/calendar';
import type { Dependency } from '../domain/dependency';
import type { IsoDate } from '../domain/dates';
import { selectPlanColumns } from '../domain/column-commands';
import { updatePlanPatches } from '../domain/plan-commands';
import { addDependencyPatches, removeDependencyPatches, rescheduleTaskPatches, updateDependencyPatches } from '../domain/schedule-commands';
import { createTaskPatches, rankAtColumnTop } from '../domain/task-commands';
import type { OpsStore } from './create-ops-store';
import type { TimelineZoom } from './ops-state';
import { selectPlanTasks } from './board-selectors';
import { selectPlanDependencies } from './dependency-selectors';

export type TimelineActions = ReturnType<typeof createTimelineActions>;

export function createTimelineActions(store: OpsStore) {
  const { newId, now } = store.deps;
  const patchUi = (fields: Partial<ReturnType<OpsStore['getState']>['ui']>) => store.setState((s) => ({ ui: { ...s.ui, ...fields } }));
  return {
    /** A bar moved or resized on the timeline: its dates, and its automatic successors after it. */
    rescheduleTask(taskId: string, startDate: IsoDate, dueDate: IsoDate): boolean {
      return store.run('action.rescheduleTask', (s) => {
        const planId = s.data.tasks[taskId]?.planId;
        const known = planId ? { tasks: selectPlanTasks(s, planId), links: planId === s.ui.activePlanId ? selectPlanDependencies(s) : undefined } : {};
        return rescheduleTaskPatches(s.data, taskId, startDate, dueDate, now(), known);
      });
    },
    addDependency(planId: string, fromId: string, toId: string, type: Dependency['type'], lagDays: number): boolean {
      const id = newId('dep');
      return store.run('action.addDependency', (s) => addDependencyPatches(s.data, { id, planId, fromId, toId, type, lagDays }, now()));
    },
    updateDependency(id: string, type: Dependency['type'], lagDays: number): boolean {
      return store.run('action.updateDependency', (s) => updateDependencyPatches(s.data, id, { type, lagDays }, now()));
    },
    removeDependency(id: string): boolean {
      return store.run('action.removeDependency', (s) => removeDependencyPatches(s.data, id));
    },
    /** A milestone: a zero-length task on one date, created in the plan's first column. */
    addMilestone(planId: string, title: string, date: IsoDate): string | null {
      const id = newId('task');
      const ok = store.run('action.addMilestone', (s) => {
        const column = selectPlanColumns(s.data, planId)[0];
        if (!column) return [];
        return createTaskPatches(s.data, { id, planId, columnId: column.id, rank: rankAtColumnTop(s.data, column.id), title: title.trim(), createdAt: now(), isMilestone: true, startDate: date, dueDate: date });
      });
      return ok ? id : null;
    },
    saveBaseline(planId: string, name: string): boolean {
      const id = newId('base');
      const ok = store.run('action.saveBaseline', (s) => {
        const baseline = snapshotBaseline({ id, planId, name: name.trim(), createdAt: now() }, Object.values(s.data.tasks));
        return [{ table: 'baselines', op: 'create', id, value: baseline }];
      });
      if (ok) patchUi({ baselineId: id });
      return ok;
    },
    updateCalendar(planId: string, calendar: WorkCalendar): boolean {
      return store.run('action.updateCalendar', (s) => updatePlanPatches(s.data, planId, { calendar }));
    },
    setTimelineZoom: (timelineZoom: TimelineZoom) => patchUi({ timelineZoom }),
    showBaseline: (baselineId: string | null) => patchUi({ baselineId }),
    selectTask: (selectedTaskId: string | null) => patchUi({ selectedTaskId }),
  };
}
