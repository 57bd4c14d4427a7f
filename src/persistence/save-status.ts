import type { OpsStore } from '../store/create-ops-store';

/**
 * Counts a save starting (+1) or ending (-1) in the header's save status; `failed`, when given,
 * says how the one ending went. The write-behind and the first visit's demo plan both report here.
 */
export function trackSave(store: OpsStore, delta: number, failed?: boolean): void {
  store.setState((s) => ({ ui: { ...s.ui, save: { pending: s.ui.save.pending + delta, failed: failed ?? s.ui.save.failed } } }));
}
