import { useStore } from 'zustand';
import type { OpsStore } from './create-ops-store';
import { createColumnActions } from './column-actions';
import type { OpsState } from './ops-state';
import { createPlanActions } from './plan-actions';
import { createInterchangeActions } from './interchange-actions';
import { createKpiActions } from './kpi-actions';
import { createPlanningActions } from './planning-actions';
import { createTaskActions } from './task-actions';
import { createTemplateActions } from './template-actions';
import { createTimelineActions } from './timeline-actions';
import { createUiActions } from './ui-actions';

export type OpsActions = ReturnType<typeof bindActions>;

function bindActions(store: OpsStore) {
  return {
    ...createPlanActions(store),
    ...createColumnActions(store),
    ...createTaskActions(store),
    ...createTimelineActions(store),
    ...createKpiActions(store),
    ...createPlanningActions(store),
    ...createTemplateActions(store),
    ...createInterchangeActions(store),
    ...createUiActions(store),
    undo: store.undo,
    redo: store.redo,
    dismissNotice: store.dismissNotice,
    notify: store.notify,
    /** Ids for records a form builds before it commits (checklist items, comments). */
    newId: store.deps.newId,
    now: store.deps.now,
  };
}

// The app installs one store at bootstrap; each test installs a fresh one. Views reach it
// only through these hooks, so they never hold a second copy of the data.
let current: { store: OpsStore; actions: OpsActions } | null = null;

export function installOpsStore(store: OpsStore): OpsActions {
  const actions = bindActions(store);
  current = { store, actions };
  return actions;
}

function requireCurrent() {
  if (!current) throw new Error('installOpsStore() must run before the views render');
  return current;
}

export function useOps<T>(selector: (state: OpsState) => T): T {
  return useStore(requireCurrent().store, selector);
}

export function useOpsActions(): OpsActions {
  return requireCurrent().actions;
}

export function getOpsStore(): OpsStore {
  return requireCurrent().store;
}
