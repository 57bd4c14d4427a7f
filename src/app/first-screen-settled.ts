import { afterNextPaint } from '../persistence/after-next-paint';
import { idlePeriod } from '../persistence/idle-period';

/**
 * How long after the plans are painted start-up's background work waits. The browser is still
 * rastering and compositing the first frames then, and the user's first look and first input
 * come in that second: Dexie's code evaluated, the dialogs' code fetched and evaluated, the
 * service worker registered and the records' second check there made a cold start at 10,000
 * tasks reach 5 frames in a row without a dropped one about 130 ms later (median of 8 fresh
 * browsers each, 894 against 767 ms with that work held back).
 */
const SETTLE_MS = 1000;

/**
 * Resolves once the first screen has settled: the current change painted, then SETTLE_MS, then
 * an idle period (within 2 s; a browser without requestIdleCallback goes on at once). Call it
 * once the plans are in the store, so the paint it waits for is theirs.
 */
export function firstScreenSettled(): Promise<void> {
  return afterNextPaint()
    .then(() => new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS)))
    .then(() => idlePeriod({ timeoutMs: 2000 }));
}
