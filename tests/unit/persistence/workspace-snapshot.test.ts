import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { openOpsDatabase } from '../../../src/db/ops-database';
import { readWorkspaceDirectly } from '../../../src/db/read-workspace-directly';
import { readWorkspace } from '../../../src/db/record-writes';
import { INDEXEDDB_VERSIONS_PER_SCHEMA, LATEST_SCHEMA_VERSION } from '../../../src/db/schema-version';
import { RECORD_RULES, SNAPSHOT_KEY, currentSnapshotRecords, writtenUnderTheseRules } from '../../../src/db/workspace-snapshot-row';
import { hydrateFromRecords, hydrateStore } from '../../../src/persistence/hydrate';
import { fitsItsSchema } from '../../../src/domain/record-schemas';
import { verifyWhenIdle, type IdleScheduler } from '../../../src/persistence/verify-when-idle';
import { startSnapshotKeeper } from '../../../src/persistence/snapshot-keeper';
import { startWriteBehind } from '../../../src/persistence/write-behind';
import { createTestStore } from '../../helpers/test-store';

const freshName = () => `opsplan-snapshot-${Math.random().toString(36).slice(2)}`;

/** A tab as the app opens one: hydrated from the database, saving its changes, keeping snapshots. */
async function openTab(name: string, quietMs = 60_000, estimate = async () => ({ usage: 1_000_000, quota: 100_000_000 })) {
  const { store, actions } = createTestStore();
  const db = openOpsDatabase(name);
  const read = await hydrateStore(store, db, 'en', null);
  const snapshots = startSnapshotKeeper(store, Promise.resolve(db), { revision: read.revision, current: false }, { quietMs, estimate });
  const writer = startWriteBehind(store, db, undefined, snapshots.wrote);
  const firstColumn = () => Object.values(store.getState().data.columns)[0]!.id;
  const addTask = (title: string) => actions.addTask(store.getState().ui.activePlanId!, firstColumn(), title)!;
  return { store, actions, db, snapshots, writer, addTask, read };
}

/** The start-up read, once the tab's database is closed (an open Dexie connection would not block it, but a real start has none). */
async function nextStart(name: string) {
  const read = await readWorkspaceDirectly(name);
  if (read.kind !== 'read') throw new Error(`expected a read, got ${read.kind}`);
  return read;
}

describe('counting writes', () => {
  it('counts each change set written, the demo plan first', async () => {
    const tab = await openTab(freshName());
    expect(tab.read.revision).toBe(1);
    tab.addTask('one');
    tab.addTask('two');
    await tab.writer.idle();
    expect((await readWorkspace(tab.db)).revision).toBe(3);
    tab.db.close();
  });
});

describe('the workspace snapshot', () => {
  it('lets the next start read one value holding exactly what the tables hold', async () => {
    const name = freshName();
    const tab = await openTab(name);
    const taskId = tab.addTask('Kept in the snapshot');
    await tab.writer.idle();
    expect(await tab.snapshots.writeNow()).toBe(true);
    const tables = await readWorkspace(tab.db);
    tab.db.close();

    const start = await nextStart(name);
    expect(start.fromSnapshot).toBe(true);
    expect(start.validated).toBe(true);
    expect(start.read).toEqual(tables);
    expect(start.read.records.tasks.find((t) => t.id === taskId)?.title).toBe('Kept in the snapshot');
  });

  it('settles as soon as the snapshot is in, and still closes its connection, so another tab can upgrade the database', async () => {
    const name = freshName();
    const tab = await openTab(name);
    tab.addTask('Read before the transaction completes');
    await tab.writer.idle();
    expect(await tab.snapshots.writeNow()).toBe(true);
    tab.db.close();

    const start = await nextStart(name);
    expect(start.fromSnapshot).toBe(true);
    const upgrade = await new Promise<'upgraded' | 'blocked'>((resolve) => {
      const request = indexedDB.open(name, LATEST_SCHEMA_VERSION * INDEXEDDB_VERSIONS_PER_SCHEMA + 1);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('upgraded');
      };
    });
    expect(upgrade).toBe('upgraded');
  });

  it('stores a large workspace in several parts, which the next start puts back together', async () => {
    const name = freshName();
    const tab = await openTab(name);
    const template = Object.values(tab.store.getState().data.tasks)[0]!;
    const patches = Array.from({ length: 1200 }, (_, i) => {
      const id = `bulk${String(i).padStart(5, '0')}`;
      return { table: 'tasks' as const, op: 'create' as const, id, value: { ...template, id, title: `Bulk ${i}` } };
    });
    tab.store.commit({ id: 'cs-bulk', origin: 'user', label: 'bulk', patches });
    await tab.writer.idle();
    expect(await tab.snapshots.writeNow()).toBe(true);
    expect(await tab.db.meta.where('key').startsWith('snapshot:').count()).toBeGreaterThan(3);
    const tables = await readWorkspace(tab.db);
    tab.db.close();

    const start = await nextStart(name);
    expect(start.fromSnapshot).toBe(true);
    expect(start.read).toEqual(tables);
    expect(start.read.records.tasks.length).toBeGreaterThan(1200);
  });

  it('puts a change that comes while a snapshot is being written into the snapshot taken after it', async () => {
    const name = freshName();
    const { store, actions } = createTestStore();
    const db = openOpsDatabase(name);
    const read = await hydrateStore(store, db, 'en', null);
    const template = Object.values(store.getState().data.tasks)[0]!;
    const bulk = Array.from({ length: 3000 }, (_, i) => ({ table: 'tasks' as const, op: 'create' as const, id: `bulk${String(i).padStart(5, '0')}`, value: { ...template, id: `bulk${String(i).padStart(5, '0')}` } }));
    // The keeper starts dirty (read from the tables) and writes a part per pause.
    const snapshots = startSnapshotKeeper(store, Promise.resolve(db), { revision: read.revision, current: false }, { quietMs: 10 });
    const writer = startWriteBehind(store, db, undefined, snapshots.wrote);
    store.commit({ id: 'cs-bulk', origin: 'user', label: 'bulk', patches: bulk });
    await writer.idle();
    // Wait until the keeper is storing parts, then change something.
    await expect.poll(async () => (await db.meta.where('key').startsWith('snapshot:').count()) > 0, { timeout: 2000, interval: 1 }).toBe(true);
    const late = actions.addTask(store.getState().ui.activePlanId!, Object.values(store.getState().data.columns)[0]!.id, 'Came while the snapshot was written')!;
    await writer.idle();
    const revision = (await readWorkspace(db)).revision;
    await expect.poll(async () => ((await db.meta.get(SNAPSHOT_KEY))?.value as { revision?: number } | undefined)?.revision, { timeout: 4000 }).toBe(revision);
    snapshots.stop();
    db.close();

    const start = await nextStart(name);
    expect(start.fromSnapshot).toBe(true);
    expect(start.read.records.tasks.some((t) => t.id === late)).toBe(true);
  });

  it('takes none, and removes the last one, when storage is more than half full', async () => {
    const name = freshName();
    let usage = 1_000_000;
    const tab = await openTab(name, 60_000, async () => ({ usage, quota: 10_000_000 }));
    expect(await tab.snapshots.writeNow()).toBe(true);
    usage = 6_000_000;
    tab.addTask('Saved while the disk fills');
    await tab.writer.idle();
    expect(await tab.snapshots.writeNow()).toBe(false);
    expect(await tab.db.meta.get(SNAPSHOT_KEY)).toBeUndefined();
    expect(await tab.db.meta.where('key').startsWith('snapshot:').count()).toBe(0);
    tab.db.close();
  });

  it('gives up for the session when storing a part fails, leaving no part behind, and the saves go on', async () => {
    const name = freshName();
    const tab = await openTab(name);
    const put = tab.db.meta.put.bind(tab.db.meta);
    const spy = vi.spyOn(tab.db.meta, 'put').mockImplementation((row, key) =>
      // The disk fills after two parts are stored.
      row.key >= 'snapshot:000002' && row.key.startsWith('snapshot:') ? Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError')) : put(row, key),
    );
    expect(await tab.snapshots.writeNow()).toBe(false);
    spy.mockRestore();
    expect(await tab.db.meta.where('key').startsWith('snapshot').count()).toBe(0);
    const taskId = tab.addTask('Saved after the failed snapshot');
    await tab.writer.idle();
    expect(await tab.snapshots.writeNow()).toBe(false);
    expect((await tab.db.tasks.get(taskId))?.title).toBe('Saved after the failed snapshot');
    tab.db.close();
  });

  it('replaces the last snapshot whole, leaving none of its parts behind', async () => {
    const name = freshName();
    const tab = await openTab(name);
    await tab.snapshots.writeNow();
    const partsBefore = await tab.db.meta.where('key').startsWith('snapshot:').count();
    // Deleting the only plan empties every table the plan's records were in.
    tab.actions.deletePlan(tab.store.getState().ui.activePlanId!);
    await tab.writer.idle();
    expect(await tab.snapshots.writeNow()).toBe(true);
    expect(await tab.db.meta.where('key').startsWith('snapshot:').count()).toBeLessThan(partsBefore);
    const tables = await readWorkspace(tab.db);
    tab.db.close();

    const start = await nextStart(name);
    expect(start.fromSnapshot).toBe(true);
    expect(start.read).toEqual(tables);
    expect(start.read.records.plans).toEqual([]);
  });

  it('is not used once a later change is written: the next start reads the tables, with the change', async () => {
    const name = freshName();
    const tab = await openTab(name);
    await tab.snapshots.writeNow();
    const taskId = tab.addTask('Written after the snapshot');
    await tab.writer.idle();
    tab.db.close();

    const start = await nextStart(name);
    expect(start.fromSnapshot).toBe(false);
    expect(start.read.records.tasks.some((t) => t.id === taskId)).toBe(true);
  });

  it('is taken on its own once saving has been quiet for a while', async () => {
    const name = freshName();
    const tab = await openTab(name, 20);
    tab.addTask('Saved, then quiet');
    await tab.writer.idle();
    await expect.poll(async () => (await tab.db.meta.get(SNAPSHOT_KEY)) !== undefined, { timeout: 2000 }).toBe(true);
    tab.snapshots.stop();
    tab.db.close();
    expect((await nextStart(name)).fromSnapshot).toBe(true);
  });

  it('is not taken while a change is still unsaved', async () => {
    const tab = await openTab(freshName());
    tab.addTask('Not on disk yet');
    expect(await tab.snapshots.writeNow()).toBe(false);
    await tab.writer.idle();
    expect(await tab.snapshots.writeNow()).toBe(true);
    tab.db.close();
  });

  it('is never written by a tab that may have missed another tab\'s write', async () => {
    const name = freshName();
    const first = await openTab(name);
    const second = await openTab(name);
    const theirs = second.addTask('Written by the other tab');
    await second.writer.idle();
    // The first tab has not heard of it: its memory is not what the tables hold.
    expect(await first.snapshots.writeNow()).toBe(false);
    // Nor later, after writing changes of its own on top.
    first.addTask('Mine');
    await first.writer.idle();
    expect(await first.snapshots.writeNow()).toBe(false);
    // The other tab saw every write up to its own, but not the first tab's last one.
    expect(await second.snapshots.writeNow()).toBe(false);
    first.db.close();
    second.db.close();

    const start = await nextStart(name);
    expect(start.fromSnapshot).toBe(false);
    expect(start.read.records.tasks.some((t) => t.id === theirs)).toBe(true);
  });

  it('stops for the session once a change arrives from another tab', async () => {
    const tab = await openTab(freshName());
    const { store } = tab;
    const planId = store.getState().ui.activePlanId!;
    const previous = { name: store.getState().data.plans[planId]!.name };
    store.commit({ id: 'cs-from-tab', origin: 'tab', label: 'rename', patches: [{ table: 'plans', op: 'update', id: planId, fields: { name: 'Renamed elsewhere' }, previous }] });
    expect(await tab.snapshots.writeNow()).toBe(false);
    tab.db.close();
  });

  it('is set aside when stale, written by another schema, or missing a part', () => {
    const header = (revision: number, parts = 2, schema = LATEST_SCHEMA_VERSION) => ({ revision, schema, parts });
    const parts = [{ revision: 4, table: 'plans', records: [{ id: 'p1' }] }, { revision: 4, table: 'tasks', records: [{ id: 't1' }, { id: 't2' }] }];
    expect(currentSnapshotRecords(header(4), parts, 4)).toMatchObject({ plans: [{ id: 'p1' }], tasks: [{ id: 't1' }, { id: 't2' }], risks: [] });
    expect(currentSnapshotRecords(header(3), parts, 4)).toBeNull();
    expect(currentSnapshotRecords(header(4, 2, LATEST_SCHEMA_VERSION - 1), parts, 4)).toBeNull();
    expect(currentSnapshotRecords(header(4, 3), parts, 4)).toBeNull();
    expect(currentSnapshotRecords(header(4), [parts[0], { ...parts[1], revision: 3 }], 4)).toBeNull();
    expect(currentSnapshotRecords(header(4), [parts[0], { ...parts[1], table: 'secrets' }], 4)).toBeNull();
    expect(currentSnapshotRecords(undefined, [], 0)).toBeNull();
  });

  it('names the rules its records were validated by; one without them, or with others, is not taken as validated', async () => {
    const name = freshName();
    const tab = await openTab(name);
    await tab.snapshots.writeNow();
    const header = (await tab.db.meta.get(SNAPSHOT_KEY))?.value as { rules?: string };
    expect(header.rules).toBe(RECORD_RULES);
    expect(RECORD_RULES).toMatch(/^[0-9a-f]{16}$/);
    expect(writtenUnderTheseRules(header)).toBe(true);
    expect(writtenUnderTheseRules({ ...header, rules: 'an older build' })).toBe(false);
    expect(writtenUnderTheseRules({ ...header, rules: undefined })).toBe(false);
    expect(writtenUnderTheseRules(undefined)).toBe(false);
    tab.db.close();
  });

  it('written under other rules, has its records validated before they are shown: a damaged one is set aside with a notice', async () => {
    const name = freshName();
    const tab = await openTab(name);
    await tab.snapshots.writeNow();
    await damageFirstStoredTask(tab.db);
    const headerRow = (await tab.db.meta.get(SNAPSHOT_KEY))!;
    await tab.db.meta.put({ ...headerRow, value: { ...(headerRow.value as object), rules: 'an older build' } });
    const taskCount = Object.keys(tab.store.getState().data.tasks).length;
    tab.db.close();

    const { start, store } = await startAsTheApp(name);
    expect(start.fromSnapshot).toBe(true);
    expect(start.validated).toBe(false);
    expect(Object.keys(store.getState().data.tasks)).toHaveLength(taskCount - 1);
    expect(store.getState().ui.notices.at(-1)).toMatchObject({ kind: 'error', key: 'error.damagedRecords', detail: '1' });
  });

  it('written under these rules, keeps rows that are not records at all out of memory at once, with a notice', async () => {
    const name = freshName();
    const tab = await openTab(name);
    await tab.snapshots.writeNow();
    await editStoredTasks(tab.db, (records) => records.push(null, { title: 'no id' }));
    const taskCount = Object.keys(tab.store.getState().data.tasks).length;
    tab.db.close();

    const { start, store } = await startAsTheApp(name);
    expect(start.validated).toBe(true);
    expect(Object.keys(store.getState().data.tasks)).toHaveLength(taskCount);
    expect(store.getState().ui.notices.at(-1)).toMatchObject({ kind: 'error', key: 'error.damagedRecords', detail: '2' });
  });

  it('written under these rules, is shown as read, then checked when idle: a damaged record is taken out of memory with a notice, and left on disk', async () => {
    const name = freshName();
    const tab = await openTab(name);
    await tab.snapshots.writeNow();
    const damagedId = await damageFirstStoredTask(tab.db);
    const taskCount = Object.keys(tab.store.getState().data.tasks).length;
    tab.db.close();

    const { start, store } = await startAsTheApp(name);
    expect(start.validated).toBe(true);
    expect(Object.keys(store.getState().data.tasks)).toHaveLength(taskCount);
    const runNow: IdleScheduler = (work) => setTimeout(() => work({ timeRemaining: () => 50 }), 0);
    expect(await verifyWhenIdle(store, start.read.records, fitsItsSchema, runNow)).toBe(1);
    expect(store.getState().data.tasks[damagedId]).toBeUndefined();
    expect(Object.keys(store.getState().data.tasks)).toHaveLength(taskCount - 1);
    expect(store.getState().ui.notices.at(-1)).toMatchObject({ kind: 'error', key: 'error.damagedRecords', detail: '1' });
    // Nothing of it was written back: the next start reads the same snapshot, damaged record and all.
    const again = await nextStart(name);
    expect(again.fromSnapshot).toBe(true);
    expect(again.read.records.tasks.find((t) => t.id === damagedId)).toBeDefined();
  });

});

/** Edits the stored snapshot's first part of tasks by hand. */
async function editStoredTasks(db: ReturnType<typeof openOpsDatabase>, edit: (records: unknown[]) => void): Promise<void> {
  const parts = await db.meta.where('key').startsWith('snapshot:').toArray();
  const row = parts.find((p) => (p.value as { table: string }).table === 'tasks')!;
  edit((row.value as { records: unknown[] }).records);
  await db.meta.put(row);
}

/** Edits the stored snapshot by hand: its first task loses its title. Returns the task's id. */
async function damageFirstStoredTask(db: ReturnType<typeof openOpsDatabase>): Promise<string> {
  let id = '';
  await editStoredTasks(db, (records) => {
    const first = records[0] as { id: string; title?: string };
    delete first.title;
    id = first.id;
  });
  return id;
}

/** The next start as the app makes it: the first read, then the store hydrated from it. */
async function startAsTheApp(name: string) {
  const start = await nextStart(name);
  const { store } = createTestStore();
  hydrateFromRecords(store, start.read.records, null, start.validated);
  return { start, store };
}
