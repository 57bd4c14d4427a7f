/**
 * Resolves when the page has nothing better to do: in an idle period between frames, never during
 * a scroll or drag. `timeoutMs` bounds the wait on a page that is never idle; a browser without
 * requestIdleCallback waits `fallbackMs` instead.
 */
export function idlePeriod({ timeoutMs, fallbackMs = 0 }: { timeoutMs?: number; fallbackMs?: number } = {}): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    else setTimeout(resolve, fallbackMs);
  });
}
