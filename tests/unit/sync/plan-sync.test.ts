import { describe, expect, it } from 'vitest';
import { startPlanSync } from '../../../src/sync/plan-sync';
import { connectDocs, createLaptop, storeSnapshot } from '../../helpers/sync-laptop';

/** Two laptops: Ana shares a plan with two tasks, Ben joins it with an empty workspace. */
async function sharedPlan() {
  const ana = createLaptop('ana');
  const planId = ana.actions.createPlan('Launch', 'en') as string;
  const columns = Object.values(ana.store.getState().data.columns).sort((a, b) => (a.rank < b.rank ? -1 : 1));
  const todo = columns[0]?.id as string;
  const doing = columns[1]?.id as string;
  const report = ana.actions.addTask(planId, todo, 'Weekly report') as string;
  const survey = ana.actions.addTask(planId, todo, 'Market survey') as string;
  const ben = createLaptop('ben');
  const anaSync = await startPlanSync(ana.store, planId, ana.log);
  const benSync = await startPlanSync(ben.store, planId, ben.log);
  const cable = connectDocs(anaSync.doc, benSync.doc);
  return { ana, ben, planId, todo, doing, report, survey, cable, anaSync, benSync };
}

describe('a shared plan between two laptops', () => {
  it('arrives whole on a laptop that joins it, as remote changes that are not undoable there', async () => {
    const { ana, ben, planId } = await sharedPlan();
    expect(storeSnapshot(ben.store, planId)).toEqual(storeSnapshot(ana.store, planId));
    expect(storeSnapshot(ben.store, planId).tasks.map((t) => t.title).sort()).toEqual(['Market survey', 'Weekly report']);
    expect(ben.store.getState().history.past).toEqual([]);
  });

  it('keeps both edits when one laptop moves a card offline and the other renames it', async () => {
    const { ana, ben, planId, report, doing, cable } = await sharedPlan();
    cable.offline();
    ana.actions.moveTask(report, { columnId: doing, beforeId: null, afterId: null });
    ben.actions.updateTask(report, { title: 'Weekly report (v2)' });
    expect(ben.store.getState().data.tasks[report]?.columnId).not.toBe(doing);
    cable.online();
    for (const laptop of [ana, ben]) expect(laptop.store.getState().data.tasks[report]).toMatchObject({ columnId: doing, title: 'Weekly report (v2)' });
    expect(storeSnapshot(ben.store, planId)).toEqual(storeSnapshot(ana.store, planId));
  });

  it('does not lose an edit made offline to a card another laptop deleted: the card stays, and the deleter is told', async () => {
    const { ana, ben, planId, survey, cable } = await sharedPlan();
    cable.offline();
    ana.actions.deleteTask(survey);
    ben.actions.updateTask(survey, { description: 'Interview 20 customers' });
    cable.online();
    for (const laptop of [ana, ben]) expect(laptop.store.getState().data.tasks[survey]?.description).toBe('Interview 20 customers');
    expect(ana.store.getState().ui.notices.map((n) => [n.key, n.detail])).toContainEqual(['sync.keptAfterDelete', 'Market survey']);
    expect(storeSnapshot(ben.store, planId)).toEqual(storeSnapshot(ana.store, planId));
  });

  it('deletes a card for both when nobody edited it meanwhile, and an undo brings it back for both', async () => {
    const { ana, ben, survey } = await sharedPlan();
    ana.actions.deleteTask(survey);
    expect(ben.store.getState().data.tasks[survey]).toBeUndefined();
    ana.store.undo();
    expect(ben.store.getState().data.tasks[survey]?.title).toBe('Market survey');
  });

  it('brings back a column deleted on one laptop when a card was moved into it offline on the other', async () => {
    const { ana, ben, planId, report, doing, todo, cable } = await sharedPlan();
    cable.offline();
    // Ana empties "doing" of nothing (it is empty) and deletes it; Ben moves a card into it.
    ana.actions.deleteColumn(doing, todo);
    ben.actions.moveTask(report, { columnId: doing, beforeId: null, afterId: null });
    cable.online();
    for (const laptop of [ana, ben]) {
      expect(laptop.store.getState().data.columns[doing]).toBeDefined();
      expect(laptop.store.getState().data.tasks[report]?.columnId).toBe(doing);
    }
    expect(storeSnapshot(ben.store, planId)).toEqual(storeSnapshot(ana.store, planId));
  });

  it('refuses records a teammate wrote in a shape this build does not accept, and says so', async () => {
    const { ana, ben, report, anaSync } = await sharedPlan();
    const records = anaSync.doc.getMap('tasks').get(report) as import('yjs').Map<unknown>;
    anaSync.doc.transact(() => records.set('progress', 250), 'hostile');
    expect(ben.store.getState().data.tasks[report]?.progress).toBe(0);
    expect(ben.store.getState().ui.notices.map((n) => n.key)).toContain('sync.invalidRecords');
    expect(ana.store.getState().data.tasks[report]?.progress).toBe(0);
  });

  it('saves every update beside the records, so a laptop reopened offline rebuilds the same document', async () => {
    const { ana, ben, planId, report } = await sharedPlan();
    ben.actions.updateTask(report, { progress: 40 });
    await Promise.resolve();
    const reopened = await startPlanSync(ben.store, planId, ben.log);
    expect(reopened.doc.getMap('tasks').get(report)).toBeDefined();
    expect((reopened.doc.getMap('tasks').get(report) as import('yjs').Map<unknown>).get('progress')).toBe(40);
    expect(ana.store.getState().data.tasks[report]?.progress).toBe(40);
  });

  it('rejoins a plan this laptop stopped syncing without writing competing copies of records the server has', async () => {
    const { ana, ben, planId, report, todo, anaSync, benSync, cable } = await sharedPlan();
    cable.offline();
    benSync.stop();
    await ben.log.clear(planId);
    ana.actions.updateTask(report, { title: 'Weekly report (sent Friday)' });
    const benOnly = ben.actions.addTask(planId, todo, 'Call the printer') as string;
    const rejoined = await startPlanSync(ben.store, planId, ben.log, { uploadAtOnce: false });
    expect(rejoined.doc.getMap('tasks').size).toBe(0);
    connectDocs(anaSync.doc, rejoined.doc);
    rejoined.uploadUnseen();
    for (const laptop of [ana, ben]) {
      expect(laptop.store.getState().data.tasks[report]?.title).toBe('Weekly report (sent Friday)');
      expect(laptop.store.getState().data.tasks[benOnly]?.title).toBe('Call the printer');
    }
    expect(storeSnapshot(ben.store, planId)).toEqual(storeSnapshot(ana.store, planId));
  });
});
