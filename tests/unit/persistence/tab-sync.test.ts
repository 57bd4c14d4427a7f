import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../src/domain/change-set';
import { startTabSync } from '../../../src/persistence/tab-sync';
import { createStoreWithPlan, createTestStore } from '../../helpers/test-store';

const nextMessage = (channel: BroadcastChannel) => new Promise<void>((resolve) => channel.addEventListener('message', () => setTimeout(resolve, 0), { once: true }));

/** Two tabs of one workspace holding the same plan, each syncing through its own channel. */
function twoConnectedTabs() {
  const name = `tabs-${Math.random()}`;
  const tabA = createStoreWithPlan();
  const tabB = createTestStore();
  tabB.store.commit({ origin: 'hydrate', label: 'hydrate', patches: Object.values(tabA.store.getState().data.plans).map((value) => ({ table: 'plans', op: 'create', id: value.id, value }) as const) });
  tabB.store.commit({ origin: 'hydrate', label: 'hydrate', patches: Object.values(tabA.store.getState().data.columns).map((value) => ({ table: 'columns', op: 'create', id: value.id, value }) as const) });
  const channelB = new BroadcastChannel(name);
  startTabSync(tabA.store, new BroadcastChannel(name));
  startTabSync(tabB.store, channelB);
  return { tabA, tabB, channelB };
}

describe('tab sync', () => {
  it('shows a change made in one tab in the other, without entering its undo history', async () => {
    const { tabA, tabB, channelB } = twoConnectedTabs();
    const received: ChangeSet[] = [];
    tabB.store.onChangeSet((cs) => received.push(cs));

    const arrival = nextMessage(channelB);
    const taskId = tabA.actions.addTask(tabA.planId, tabA.columns[0]!.id, 'From tab A')!;
    await arrival;
    expect(tabB.store.getState().data.tasks[taskId]?.title).toBe('From tab A');
    expect(tabB.store.getState().history.past).toEqual([]);
    expect(received.map((cs) => cs.origin)).toEqual(['tab']);

    const undoArrival = nextMessage(channelB);
    tabA.actions.undo();
    await undoArrival;
    expect(tabB.store.getState().data.tasks[taskId]).toBeUndefined();
  });

  it('delivers changes made in quick succession in the order they were made, all of them', async () => {
    const { tabA, tabB } = twoConnectedTabs();
    const labels: string[] = [];
    const allArrived = new Promise<void>((resolve) => tabB.store.onChangeSet((cs) => { labels.push(cs.label); if (labels.length === 4) resolve(); }));

    const first = tabA.actions.addTask(tabA.planId, tabA.columns[0]!.id, 'First')!;
    tabA.actions.updateTask(first, { title: 'First, renamed' });
    const second = tabA.actions.addTask(tabA.planId, tabA.columns[1]!.id, 'Second')!;
    tabA.actions.deleteTask(first);
    await allArrived;
    expect(labels).toEqual(['action.addTask', 'action.updateTask', 'action.addTask', 'action.deleteTask']);
    expect(tabB.store.getState().data.tasks[first]).toBeUndefined();
    expect(tabB.store.getState().data.tasks[second]?.title).toBe('Second');
  });
});
