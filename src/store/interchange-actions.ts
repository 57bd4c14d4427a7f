import type { EntityState } from '../domain/entities';
import { replaceWorkspacePatches } from '../domain/replace-workspace';
import type { OpsStore } from './create-ops-store';
import { selectPlans } from './plan-selectors';

export type InterchangeActions = ReturnType<typeof createInterchangeActions>;

/** Restoring a backup replaces the workspace in one change set: one transaction, one undo. */
export function createInterchangeActions(store: OpsStore) {
  return {
    restoreWorkspace(next: EntityState): boolean {
      const ok = store.run('action.restoreBackup', (s) => replaceWorkspacePatches(s.data, next));
      if (ok) {
        const first = selectPlans(store.getState())[0]?.id ?? null;
        store.setState((s) => ({ ui: { ...s.ui, activePlanId: first, editingTaskId: null } }));
      }
      return ok;
    },
    notifyInfo: (key: string, detail = '') => store.notify({ kind: 'info', key, detail }),
  };
}
