import { addColumnPatches, deleteColumnPatches, shiftColumnPatches, updateColumnPatches } from '../domain/column-commands';
import type { Column } from '../domain/column';
import type { OpsStore } from './create-ops-store';

export type ColumnActions = ReturnType<typeof createColumnActions>;

export function createColumnActions(store: OpsStore) {
  return {
    addColumn(planId: string, name: string): boolean {
      const id = store.deps.newId('col');
      return store.run('action.addColumn', (s) => addColumnPatches(s.data, { id, planId, name: name.trim() }));
    },
    updateColumn(columnId: string, fields: Partial<Pick<Column, 'name' | 'wipLimit' | 'category'>>): boolean {
      return store.run('action.updateColumn', (s) => updateColumnPatches(s.data, columnId, fields));
    },
    shiftColumn(columnId: string, direction: -1 | 1): boolean {
      return store.run('action.moveColumn', (s) => shiftColumnPatches(s.data, columnId, direction));
    },
    deleteColumn(columnId: string, targetColumnId: string): boolean {
      return store.run('action.deleteColumn', (s) => deleteColumnPatches(s.data, columnId, targetColumnId));
    },
  };
}
