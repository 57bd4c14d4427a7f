import { hasTableCopy, prepareTableCopy } from '../domain/table-copies';
import type { OpsStore } from '../store/create-ops-store';

/** A 10,000-record table takes 2.5-5 ms to copy: an idle period shorter than this is left alone. */
const ROOM_FOR_ONE_COPY_MS = 8;

/**
 * Keeps the copy the next change of each table needs ready (see table-copies.ts), made in idle
 * periods only, so that the copying does not hold back a frame: a copy starts only while the
 * period has room for it, and the tables left wait for the next period. A page that is never
 * idle, or a browser without requestIdleCallback, copies at each change as before. It asks for
 * idle periods itself rather than through idlePeriod (persistence/idle-period.ts), which hides
 * the period's deadline that the room check needs and falls back to a timer where there is none.
 */
export function startCopyingTablesAhead(store: OpsStore): void {
  if (typeof requestIdleCallback !== 'function') return;
  let waiting = false;
  const copyWhileIdle = (deadline: IdleDeadline) => {
    waiting = false;
    for (const table of Object.values(store.getState().data)) {
      if (hasTableCopy(table)) continue;
      if (deadline.timeRemaining() < ROOM_FOR_ONE_COPY_MS) return whenIdle();
      prepareTableCopy(table);
    }
  };
  const whenIdle = () => {
    if (waiting) return;
    waiting = true;
    requestIdleCallback(copyWhileIdle);
  };
  store.subscribe((state, previous) => {
    if (state.data !== previous.data) whenIdle();
  });
  whenIdle();
}
