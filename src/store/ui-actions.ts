import type { BoardFilters } from '../domain/board-filters';
import { EMPTY_FILTERS } from '../domain/board-filters';
import type { SwimlaneBy } from '../domain/swimlanes';
import type { OpsStore } from './create-ops-store';
import type { UiState, ViewName } from './ops-state';

export type UiActions = ReturnType<typeof createUiActions>;

// View state: what is shown, never what is stored. These changes skip history and persistence.
export function createUiActions(store: OpsStore) {
  const patchUi = (fields: Partial<UiState>) => store.setState((s) => ({ ui: { ...s.ui, ...fields } }));
  return {
    showView: (view: ViewName) => patchUi({ view }),
    setFilters: (filters: Partial<BoardFilters>) => store.setState((s) => ({ ui: { ...s.ui, filters: { ...s.ui.filters, ...filters } } })),
    clearFilters: () => patchUi({ filters: EMPTY_FILTERS }),
    setSwimlanes: (swimlaneBy: SwimlaneBy) => patchUi({ swimlaneBy }),
    openTaskEditor: (taskId: string) => patchUi({ editingTaskId: taskId }),
    closeTaskEditor: () => patchUi({ editingTaskId: null }),
    setToday: (today: string) => patchUi({ today }),
    /** A part of the app whose code could not be fetched (see preloadable) says so in a notice. */
    reportCodeLoadFailure: (error: Error) => store.notify({ kind: 'error', key: 'error.codeLoadFailed', detail: error.message }),
  };
}
