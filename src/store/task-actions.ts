import type { Task } from '../domain/task';
import { createTaskPatches, deleteTaskPatches, moveTaskPatches, rankAtColumnTop, updateTaskPatches, type MoveTarget } from '../domain/task-commands';
import type { OpsStore } from './create-ops-store';

export type TaskActions = ReturnType<typeof createTaskActions>;

export function createTaskActions(store: OpsStore) {
  const { newId, now } = store.deps;
  return {
    /** Quick add: a new task at the top of a column; returns its id, or null when refused. */
    addTask(planId: string, columnId: string, title: string, fields: Partial<Task> = {}): string | null {
      const id = newId('task');
      const ok = store.run('action.addTask', (s) =>
        createTaskPatches(s.data, { id, planId, columnId, rank: rankAtColumnTop(s.data, columnId), title: title.trim(), createdAt: now(), ...fields }),
      );
      return ok ? id : null;
    },
    updateTask(taskId: string, fields: Partial<Task>): boolean {
      return store.run('action.updateTask', (s) => updateTaskPatches(s.data, taskId, fields, now(), newId));
    },
    moveTask(taskId: string, target: MoveTarget): boolean {
      return store.run('action.moveTask', (s) => moveTaskPatches(s.data, taskId, target, now(), newId));
    },
    deleteTask(taskId: string): boolean {
      const ok = store.run('action.deleteTask', (s) => deleteTaskPatches(s.data, taskId));
      if (ok && store.getState().ui.editingTaskId === taskId) store.setState((s) => ({ ui: { ...s.ui, editingTaskId: null } }));
      return ok;
    },
  };
}
