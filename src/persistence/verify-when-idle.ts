import type { Patch } from '../domain/change-set';
import { TABLE_NAMES, recordIdOf, type TableName } from '../domain/entities';
import type { WorkspaceRecords } from '../db/record-writes';
import type { OpsStore } from '../store/create-ops-store';

/** What a slice of checking is told: how long it may still run. */
export type IdleDeadlineLike = { timeRemaining: () => number };
/** Runs work in the page's next idle period. */
export type IdleScheduler = (work: (deadline: IdleDeadlineLike) => void) => void;

/** A slice's length where the browser gives no idle deadline: well inside a frame. */
const FALLBACK_SLICE_MS = 8;
/** Records checked between looks at the deadline (one takes a few microseconds). */
const BETWEEN_DEADLINE_LOOKS = 25;

/** What a damaged record becomes: its removal from memory, holding the record as checked. */
type Removal = Extract<Patch, { op: 'delete' }>;

/**
 * Idle periods with their deadline, and slices on a timer where the browser has none. Its own,
 * not idlePeriod's (idle-period.ts): that one hides the deadline, and lives in the first screen's
 * code, which this would make larger.
 */
const browserIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(work);
    return;
  }
  setTimeout(() => {
    const end = performance.now() + FALLBACK_SLICE_MS;
    work({ timeRemaining: () => end - performance.now() });
  }, 0);
};

/**
 * Validates records that went into the store without it (a snapshot written under this build's
 * rules, see writtenUnderTheseRules), a slice at a time in idle periods once they are on screen,
 * so that the check never holds a frame back. A record that fails (its snapshot changed by
 * something other than this app) is taken out of memory as a start from the tables would have
 * kept it out: left on disk untouched, since origin 'hydrate' is never written back, and with
 * the same notice. The record checked is the one memory holds now; one deleted meanwhile is
 * skipped, and one changed after its check is left to the user. Resolves with the number taken
 * out. The check comes from the caller (fitsItsSchema, in domain/record-schemas), whose code the
 * first screen already carries: imported here, it would split the schemas' chunk and make the
 * first screen larger.
 */
export function verifyWhenIdle(store: OpsStore, records: WorkspaceRecords, fitsItsSchema: (table: TableName, record: unknown) => boolean, idle: IdleScheduler = browserIdle): Promise<number> {
  return new Promise((resolve) => {
    const damaged: Removal[] = [];
    let tableIndex = 0;
    let recordIndex = 0;
    const finish = () => {
      // Only what memory still holds as it was checked: one changed or deleted since is the user's now.
      const data = store.getState().data;
      const stillDamaged = damaged.filter((patch) => (data[patch.table] as Record<string, unknown>)[patch.id] === patch.previous);
      if (stillDamaged.length > 0) {
        store.commit({ origin: 'hydrate', label: 'damaged records', patches: stillDamaged });
        store.notify({ kind: 'error', key: 'error.damagedRecords', detail: String(stillDamaged.length) });
      }
      resolve(stillDamaged.length);
    };
    const checkSlice = (deadline: IdleDeadlineLike) => {
      const data = store.getState().data;
      let checked = 0;
      while (tableIndex < TABLE_NAMES.length) {
        const table = TABLE_NAMES[tableIndex]!;
        const rows = records[table];
        if (recordIndex >= rows.length) {
          tableIndex++;
          recordIndex = 0;
          continue;
        }
        // Each slice checks at least one record, so the check always ends.
        if (checked > 0 && checked % BETWEEN_DEADLINE_LOOKS === 0 && deadline.timeRemaining() <= 0) return idle(checkSlice);
        checked++;
        // A row that is not a record at all was kept out of memory at hydration (and counted there).
        const id = recordIdOf(rows[recordIndex++]);
        if (id === null) continue;
        const held = (data[table] as Record<string, unknown>)[id];
        if (held !== undefined && !fitsItsSchema(table, held)) damaged.push({ table, op: 'delete', id, previous: held } as Removal);
      }
      finish();
    };
    idle(checkSlice);
  });
}
