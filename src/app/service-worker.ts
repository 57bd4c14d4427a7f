import { registerSW } from 'virtual:pwa-register';
import type { OpsStore } from '../store/create-ops-store';

/**
 * Registers the service worker that keeps the app available offline. A new version is announced
 * and applied only when the user chooses to reload, so no edit is cut off mid-way.
 */
export function startServiceWorker(store: OpsStore): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => store.notify({ kind: 'info', key: 'storage.updateReady', detail: '', action: 'update' }),
    onRegisterError: (error: unknown) => store.notify({ kind: 'error', key: 'storage.offlineUnavailable', detail: error instanceof Error ? error.message : String(error) }),
  });
  window.addEventListener('opsplan:apply-update', () => void update(true));
}
