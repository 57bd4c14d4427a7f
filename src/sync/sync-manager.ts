import type { ShareSettings, ShareSettingsStore } from '../persistence/share-settings';
import type { SyncUpdateLog } from '../persistence/sync-update-log';
import type { OpsStore } from '../store/create-ops-store';
import type { PlanSyncState } from '../store/ops-state';
import { connectPlan, type PlanConnection } from './plan-connection';
import { startPlanSync, type PlanSync } from './plan-sync';
import { formatShareCode, newPlanKey, parseServerUrl, parseShareCode } from './share-code';

export type SyncManager = ReturnType<typeof createSyncManager>;

/** Why sharing or joining could not start; each has a message in the catalogues (sync.error.*). */
export class SyncSetupError extends Error {
  constructor(readonly code: 'badServer' | 'badCode' | 'alreadyShared' | 'refused' | 'timeout') {
    super(code);
  }
}

type Running = { settings: ShareSettings; sync: PlanSync; connection: PlanConnection };

/**
 * Starts and stops the sync of shared plans: each has a Yjs document bound to the store and a
 * connection to its server. Without shared plans nothing here runs, and the app works as before.
 */
export function createSyncManager(store: OpsStore, log: SyncUpdateLog, settingsStore: ShareSettingsStore, options: { WebSocketPolyfill?: unknown } = {}) {
  const running = new Map<string, Running>();

  const setState = (planId: string, state: PlanSyncState | null) =>
    store.setState((s) => {
      const sync = { ...s.ui.sync };
      if (state) sync[planId] = state;
      else delete sync[planId];
      return { ui: { ...s.ui, sync } };
    });

  const start = async (settings: ShareSettings, joining: boolean) => {
    if (running.has(settings.planId)) return;
    const sync = await startPlanSync(store, settings.planId, log, { uploadAtOnce: !joining });
    setState(settings.planId, { serverUrl: settings.serverUrl, status: 'connecting', unsynced: false });
    const connection = connectPlan({
      ...settings,
      doc: sync.doc,
      onState: (state) => {
        // Once the server's copy is in, whatever this laptop has that it lacks can go up safely.
        if (state.status === 'connected' && store.getState().ui.sync[settings.planId]?.status !== 'connected') sync.uploadUnseen();
        setState(settings.planId, { serverUrl: settings.serverUrl, ...state });
      },
      WebSocketPolyfill: options.WebSocketPolyfill,
    });
    running.set(settings.planId, { settings, sync, connection });
  };

  const stop = async (planId: string, forget: boolean) => {
    const current = running.get(planId);
    current?.connection.stop();
    current?.sync.stop();
    running.delete(planId);
    setState(planId, null);
    if (forget) {
      await settingsStore.remove(planId);
      await log.clear(planId);
    }
  };

  // A shared plan deleted here stops syncing on this laptop (its deletion has already been sent).
  const plansSeen = new Set<string>();
  store.subscribe((state) => {
    for (const planId of running.keys()) {
      if (state.data.plans[planId]) plansSeen.add(planId);
      else if (plansSeen.has(planId)) {
        plansSeen.delete(planId);
        void stop(planId, true);
      }
    }
  });

  return {
    /** Reconnects the plans this laptop shared or joined before. */
    async resume(): Promise<void> {
      for (const settings of await settingsStore.list()) await start(settings, false);
    },

    /** Starts sharing a plan of this laptop; returns the share code teammates join with. */
    async share(planId: string, serverText: string): Promise<string> {
      const serverUrl = parseServerUrl(serverText);
      if (!serverUrl) throw new SyncSetupError('badServer');
      if (running.has(planId)) throw new SyncSetupError('alreadyShared');
      const settings = { planId, serverUrl, key: newPlanKey() };
      await settingsStore.save(settings);
      await start(settings, false);
      return formatShareCode(planId, settings.key);
    },

    /**
     * Joins a teammate's plan: resolves once the plan has arrived and is shown, rejects when the
     * server refuses the key or nothing arrives in time (the plan is then not kept).
     */
    async join(serverText: string, code: string, timeoutMs = 20_000): Promise<string> {
      const serverUrl = parseServerUrl(serverText);
      if (!serverUrl) throw new SyncSetupError('badServer');
      const parsed = parseShareCode(code);
      if (!parsed) throw new SyncSetupError('badCode');
      if (running.has(parsed.planId)) throw new SyncSetupError('alreadyShared');
      const settings = { ...parsed, serverUrl };
      await start(settings, true);
      const outcome = await new Promise<'arrived' | 'refused' | 'timeout'>((resolve) => {
        const check = () => {
          const state = store.getState();
          if (state.data.plans[parsed.planId]) return 'arrived';
          return state.ui.sync[parsed.planId]?.status === 'refused' ? 'refused' : null;
        };
        const timer = setTimeout(() => finish('timeout'), timeoutMs);
        const unsubscribe = store.subscribe(() => {
          const result = check();
          if (result) finish(result);
        });
        const finish = (result: 'arrived' | 'refused' | 'timeout') => {
          clearTimeout(timer);
          unsubscribe();
          resolve(result);
        };
        const now = check();
        if (now) finish(now);
      });
      if (outcome !== 'arrived') {
        await stop(parsed.planId, true);
        throw new SyncSetupError(outcome);
      }
      await settingsStore.save(settings);
      store.setState((s) => ({ ui: { ...s.ui, activePlanId: parsed.planId } }));
      return parsed.planId;
    },

    /** Stops syncing a plan on this laptop; the plan stays here, as it is now. */
    leave: (planId: string) => stop(planId, true),

    shareCodeOf(planId: string): string | null {
      const current = running.get(planId);
      return current ? formatShareCode(planId, current.settings.key) : null;
    },

    /** For tests and the offline badge: pull or plug the cable of every shared plan. */
    setOnline(online: boolean): void {
      for (const { connection } of running.values()) {
        if (online) connection.goOnline();
        else connection.goOffline();
      }
    },

    stopAll(): void {
      for (const planId of [...running.keys()]) void stop(planId, false);
    },
  };
}
