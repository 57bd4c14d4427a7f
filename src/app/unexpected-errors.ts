import type { OpsStore } from '../store/create-ops-store';

/**
 * Errors outside React (event handlers, timers, promises) become a notice instead of vanishing
 * in the console; the app stays usable. Errors in a view are caught by its error boundary.
 */
export function reportUnexpectedErrors(store: OpsStore): void {
  const report = (reason: unknown) => store.notify({ kind: 'error', key: 'error.unexpected', detail: reason instanceof Error ? reason.message : String(reason) });
  window.addEventListener('error', (event) => report(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => report(event.reason));
}
