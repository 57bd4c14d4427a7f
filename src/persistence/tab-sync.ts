import type { ChangeSet } from '../domain/change-set';
import type { OpsStore } from '../store/create-ops-store';
import { afterNextPaint } from './after-next-paint';

export const TAB_CHANNEL = 'opsplan-changes';

/**
 * Shows this tab's changes in the workspace's other open tabs at once. Only user, undo and
 * rollback changes travel; the receiving tab applies them as 'tab' (not undoable there, not re-saved).
 */
export function startTabSync(store: OpsStore, channel: BroadcastChannel = new BroadcastChannel(TAB_CHANNEL)): () => void {
  const outbox = createOutbox((changeSet) => channel.postMessage(changeSet));
  const stop = store.onChangeSet((changeSet) => {
    if (changeSet.origin === 'user' || changeSet.origin === 'undo' || changeSet.origin === 'rollback') outbox.add(changeSet);
  });
  // A tab closed right after a change still tells the others.
  addEventListener('pagehide', outbox.flush);
  const receive = (event: MessageEvent<ChangeSet>) => {
    const changeSet = event.data;
    if (!changeSet || !Array.isArray(changeSet.patches)) return;
    store.commit({ ...changeSet, origin: 'tab' });
  };
  channel.addEventListener('message', receive);
  return () => {
    stop();
    outbox.flush();
    removeEventListener('pagehide', outbox.flush);
    channel.removeEventListener('message', receive);
    channel.close();
  };
}

/**
 * Posts change sets in the order they were made, once this tab has painted them: posting copies
 * the whole change set (an import of 10,000 tasks took 50 ms), which in the task right after the
 * change came before the frame that shows it.
 */
function createOutbox(post: (changeSet: ChangeSet) => void) {
  let pending: ChangeSet[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    for (const changeSet of batch) post(changeSet);
  };
  const add = (changeSet: ChangeSet) => {
    pending.push(changeSet);
    if (pending.length === 1) void afterNextPaint().then(flush);
  };
  return { add, flush };
}
