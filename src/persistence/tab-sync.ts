import type { ChangeSet } from '../domain/change-set';
import type { OpsStore } from '../store/create-ops-store';

export const TAB_CHANNEL = 'opsplan-changes';

/**
 * Shows this tab's changes in the workspace's other open tabs at once. Only user, undo and
 * rollback changes travel; the receiving tab applies them as 'tab' (not undoable there, not re-saved).
 */
export function startTabSync(store: OpsStore, channel: BroadcastChannel = new BroadcastChannel(TAB_CHANNEL)): () => void {
  const stop = store.onChangeSet((changeSet) => {
    // Posted in its own task: copying a large change set should not delay this tab's paint.
    if (changeSet.origin === 'user' || changeSet.origin === 'undo' || changeSet.origin === 'rollback') setTimeout(() => channel.postMessage(changeSet), 0);
  });
  const receive = (event: MessageEvent<ChangeSet>) => {
    const changeSet = event.data;
    if (!changeSet || !Array.isArray(changeSet.patches)) return;
    store.commit({ ...changeSet, origin: 'tab' });
  };
  channel.addEventListener('message', receive);
  return () => {
    stop();
    channel.removeEventListener('message', receive);
    channel.close();
  };
}
