import type { BoardFilters } from '../domain/board-filters';
import { EMPTY_FILTERS } from '../domain/board-filters';
import type { ChangeSet } from '../domain/change-set';
import type { IsoDate } from '../domain/dates';
import { emptyEntityState, type EntityState } from '../domain/entities';
import type { SwimlaneBy } from '../domain/swimlanes';

export const VIEW_NAMES = ['board', 'timeline', 'dashboard', 'goals', 'raci', 'risks', 'reviews'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];
export const TIMELINE_ZOOMS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type TimelineZoom = (typeof TIMELINE_ZOOMS)[number];

/** A message for the person at the screen; `key` is an i18n key, `detail` untranslated specifics. */
/**
 * A notice may offer one action: 'backup' downloads the in-memory workspace when the disk refused
 * it; 'update' applies a waiting new version of the app; 'reload' reloads the page.
 */
export type Notice = { id: number; kind: 'error' | 'info'; key: string; detail: string; action?: 'backup' | 'update' | 'reload' };

/** Whether this tab's edits are on disk: shown in the header, awaited by careful tests. */
export type SaveState = { pending: number; failed: boolean };

/**
 * A shared plan's link to its sync server, as the header shows it. 'refused': the server turned
 * the plan key down; 'offline': not connected (edits wait here and merge on reconnect).
 */
export type PlanSyncState = { serverUrl: string; status: 'connecting' | 'connected' | 'offline' | 'refused'; /** Edits the server has not confirmed yet. */ unsynced: boolean };

export type UiState = {
  hydrated: boolean;
  activePlanId: string | null;
  view: ViewName;
  filters: BoardFilters;
  swimlaneBy: SwimlaneBy;
  today: IsoDate;
  editingTaskId: string | null;
  /** The task selected on the timeline (keyboard target, popup). */
  selectedTaskId: string | null;
  timelineZoom: TimelineZoom;
  baselineId: string | null;
  notices: Notice[];
  save: SaveState;
  /** null until asked, or when the browser cannot tell. */
  storage: { persistent: boolean | null; usedBytes: number | null };
  /** Shared plans by id; a plan missing here is not shared. */
  sync: Readonly<Record<string, PlanSyncState>>;
};

export type HistoryState = { past: ChangeSet[]; future: ChangeSet[] };

export type OpsState = { data: EntityState; ui: UiState; history: HistoryState };

export function initialOpsState(today: IsoDate): OpsState {
  return {
    data: emptyEntityState(),
    ui: { hydrated: false, activePlanId: null, view: 'board', filters: EMPTY_FILTERS, swimlaneBy: 'none', today, editingTaskId: null, selectedTaskId: null, timelineZoom: 'day', baselineId: null, notices: [], save: { pending: 0, failed: false }, storage: { persistent: null, usedBytes: null }, sync: {} },
    history: { past: [], future: [] },
  };
}
