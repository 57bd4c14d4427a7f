import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestStore } from '../../helpers/test-store';

const registerSW = vi.fn();
vi.mock('virtual:pwa-register', () => ({ registerSW: (options: unknown) => registerSW(options) }));

describe('service worker updates', () => {
  beforeEach(() => registerSW.mockReset());

  it('announces a new version and applies it only when the user asks, never by itself', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    const update = vi.fn();
    registerSW.mockReturnValue(update);
    const { startServiceWorker } = await import('../../../src/app/service-worker');
    const { store } = createTestStore();
    startServiceWorker(store);
    const options = registerSW.mock.calls[0]?.[0] as { onNeedRefresh: () => void };
    options.onNeedRefresh();
    expect(store.getState().ui.notices.at(-1)).toMatchObject({ kind: 'info', key: 'storage.updateReady', action: 'update' });
    expect(update).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('opsplan:apply-update'));
    expect(update).toHaveBeenCalledWith(true);
  });
});

describe('persistent storage', () => {
  it('asks the browser to keep the data and records the answer and the space used', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    Object.defineProperty(navigator, 'storage', { value: { persisted: vi.fn().mockResolvedValue(false), persist, estimate: vi.fn().mockResolvedValue({ usage: 3 * 1024 * 1024, quota: 1e9 }) }, configurable: true });
    const { requestPersistentStorage } = await import('../../../src/app/storage-persistence');
    const { store } = createTestStore();
    await requestPersistentStorage(store);
    expect(persist).toHaveBeenCalledOnce();
    expect(store.getState().ui.storage).toEqual({ persistent: true, usedBytes: 3 * 1024 * 1024 });
  });
});

describe('errors outside the views', () => {
  it('become a notice instead of vanishing in the console', async () => {
    const { reportUnexpectedErrors } = await import('../../../src/app/unexpected-errors');
    const { store } = createTestStore();
    reportUnexpectedErrors(store);
    window.dispatchEvent(new ErrorEvent('error', { error: new Error('boom in a timer'), message: 'boom in a timer' }));
    const rejection = new Event('unhandledrejection') as Event & { reason?: unknown };
    rejection.reason = new Error('lost promise');
    window.dispatchEvent(rejection);
    expect(store.getState().ui.notices.map((n) => [n.key, n.detail])).toEqual([['error.unexpected', 'boom in a timer'], ['error.unexpected', 'lost promise']]);
  });
});
