import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyPatches, invertPatches, type ChangeSet, type Origin, type Patch } from '../domain/change-set';
import type { IsoDate } from '../domain/dates';
import { DomainError } from '../domain/errors';
import type { IdFactory } from '../domain/ids';
import { initialOpsState, type Notice, type OpsState } from './ops-state';

export type ChangeSetListener = (changeSet: ChangeSet) => void;

export type OpsStoreDeps = { newId: IdFactory; now: () => string; today: IsoDate };

/** The one store: state plus the single place where change sets are applied and announced. */
export type OpsStore = StoreApi<OpsState> & {
  deps: OpsStoreDeps;
  /** Applies a change set of any origin; user changes enter the undo history. */
  commit: (changeSet: Omit<ChangeSet, 'id'> & { id?: string }) => ChangeSet | null;
  /** Computes and commits a user change; a DomainError becomes a notice instead of a crash. */
  run: (label: string, computePatches: (state: OpsState) => Patch[]) => boolean;
  undo: () => void;
  redo: () => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  /** Takes back a change set that could not be saved: its inverse is applied and it leaves the history. */
  rollback: (changeSet: ChangeSet) => void;
  dismissNotice: (id: number) => void;
  /** Subscribers of change sets: persistence, other tabs, later sync. */
  onChangeSet: (listener: ChangeSetListener) => () => void;
};

const HISTORY_LIMIT = 200;

export function createOpsStore(deps: OpsStoreDeps): OpsStore {
  const base = createStore<OpsState>(() => initialOpsState(deps.today));
  const listeners = new Set<ChangeSetListener>();
  let noticeSeq = 0;

  const commit: OpsStore['commit'] = (input) => {
    if (input.patches.length === 0) return null;
    const changeSet: ChangeSet = { ...input, id: input.id ?? deps.newId('cs') };
    base.setState((state) => ({
      data: applyPatches(state.data, changeSet.patches),
      history: changeSet.origin === 'user' ? { past: [...state.history.past, changeSet].slice(-HISTORY_LIMIT), future: [] } : state.history,
    }));
    for (const listener of listeners) listener(changeSet);
    return changeSet;
  };

  const notify: OpsStore['notify'] = (notice) => {
    const id = ++noticeSeq;
    base.setState((state) => ({ ui: { ...state.ui, notices: [...state.ui.notices, { ...notice, id }].slice(-5) } }));
  };

  const run: OpsStore['run'] = (label, computePatches) => {
    try {
      commit({ origin: 'user', label, patches: computePatches(base.getState()) });
      return true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      notify({ kind: 'error', key: `error.${error.code}`, detail: error.message });
      return false;
    }
  };

  const replay = (from: 'past' | 'future') => {
    const { history } = base.getState();
    const changeSet = history[from].at(-1);
    if (!changeSet) return;
    const patches = from === 'past' ? invertPatches(changeSet.patches) : changeSet.patches;
    const applied = commit({ origin: 'undo' as Origin, label: changeSet.label, patches });
    if (!applied) return;
    base.setState((state) => {
      const rest = state.history[from].slice(0, -1);
      return from === 'past'
        ? { history: { past: rest, future: [...state.history.future, changeSet] } }
        : { history: { past: [...state.history.past, changeSet], future: rest } };
    });
  };

  const rollback: OpsStore['rollback'] = (changeSet) => {
    commit({ origin: 'rollback', label: changeSet.label, patches: invertPatches(changeSet.patches) });
    base.setState((state) => ({
      history: { past: state.history.past.filter((c) => c.id !== changeSet.id), future: state.history.future.filter((c) => c.id !== changeSet.id) },
    }));
  };

  return Object.assign(base, {
    deps,
    rollback,
    commit,
    run,
    undo: () => replay('past'),
    redo: () => replay('future'),
    notify,
    dismissNotice: (id: number) => base.setState((state) => ({ ui: { ...state.ui, notices: state.ui.notices.filter((n) => n.id !== id) } })),
    onChangeSet: (listener: ChangeSetListener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
}
