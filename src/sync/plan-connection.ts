import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { PlanSyncState } from '../store/ops-state';

export type ConnectionOptions = {
  serverUrl: string;
  planId: string;
  key: string;
  doc: Y.Doc;
  onState: (state: Pick<PlanSyncState, 'status' | 'unsynced'>) => void;
  /** Node has no WebSocket before version 22; tests pass the `ws` package. */
  WebSocketPolyfill?: unknown;
};

export type PlanConnection = {
  /** Pulls the cable: edits stay here until `goOnline`. */
  goOffline: () => void;
  goOnline: () => void;
  stop: () => void;
};

/**
 * Connects a plan's document to its Hocuspocus server with the plan key. The provider retries
 * with backoff on its own, and on each reconnection the Yjs sync exchange sends whatever either
 * side missed, so edits made offline (or lost by a server that died) arrive later.
 */
export function connectPlan(options: ConnectionOptions): PlanConnection {
  const socket = new HocuspocusProviderWebsocket({
    url: options.serverUrl,
    // A server restart should be noticed within seconds, not after the default 30 s backoff.
    maxDelay: 3_000,
    minDelay: 250,
    delay: 250,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  let refused = false;
  let status: PlanSyncState['status'] = 'connecting';
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.planId,
    document: options.doc,
    token: options.key,
    onStatus: ({ status: socketStatus }) => {
      if (refused) return;
      status = socketStatus === 'connected' ? 'connecting' : socketStatus === 'connecting' ? 'connecting' : 'offline';
      report();
    },
    onSynced: () => {
      if (refused) return;
      status = 'connected';
      report();
    },
    onAuthenticationFailed: () => {
      refused = true;
      status = 'refused';
      report();
      // Retrying with the same key cannot succeed; stay refused until the key is changed.
      socket.disconnect();
    },
    onUnsyncedChanges: () => report(),
  });
  const report = () => options.onState({ status, unsynced: provider.hasUnsyncedChanges });
  provider.attach();
  report();

  return {
    goOffline: () => socket.disconnect(),
    goOnline: () => {
      if (refused) return;
      // Hocuspocus's connect() does nothing while the socket still counts as connected, as it does
      // until a close asked for by goOffline completes, and that close then does not reconnect
      // either: the plan stayed offline for good. Wanting a connection makes the close reconnect.
      socket.shouldConnect = true;
      void socket.connect();
    },
    stop: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}
