import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { ChangeSet, Patch } from '../../../src/domain/change-set';
import { emptyEntityLists } from '../../../src/domain/entities';
import type { Task } from '../../../src/domain/task';
import { openOpsDatabase } from '../../../src/db/ops-database';
import { readWorkspaceDirectly } from '../../../src/db/read-workspace-directly';
import { applyJournal, readWorkspace, writeChangeSet } from '../../../src/db/record-writes';
import { journalRows, pendingChangeSets, withJournalApplied } from '../../../src/db/write-journal';
import { JOURNAL_THRESHOLD } from '../../../src/db/journal-keys';
import { hydrateStore } from '../../../src/persistence/hydrate';
import { startWriteBehind } from '../../../src/persistence/write-behind';
import { createTestStore } from '../../helpers/test-store';

const freshName = () => `opsplan-journal-${Math.random().toString(36).slice(2)}`;

/** A database holding the demo plan, as a first visit leaves it, and one of its tasks to copy. */
async function seededDatabase(name = freshName()) {
  const { store } = createTestStore();
  const db = openOpsDatabase(name);
  await hydrateStore(store, db, 'en', null);
  const template = Object.values(store.getState().data.tasks)[0]!;
  return { name, db, template, store };
}

const bulkCreate = (template: Task, count: number, prefix = 'bulk'): ChangeSet => ({
  id: `cs-${prefix}`,
  origin: 'user',
  label: 'bulk',
  patches: Array.from({ length: count }, (_, i) => {
    const id = `${prefix}${String(i).padStart(5, '0')}`;
    return { table: 'tasks' as const, op: 'create' as const, id, value: { ...template, id, title: `Bulk ${i}` } };
  }),
});

const journalCount = (db: ReturnType<typeof openOpsDatabase>) => db.meta.where('key').startsWith('journal:').count();

describe('reading the write journal', () => {
  const task = (id: string, title: string) => ({ id, title }) as unknown as Task;
  const records = () => ({ ...emptyEntityLists(), tasks: [task('b', 'B'), task('d', 'D')] });

  it('applies journaled change sets oldest first, as the tables will hold them, in id order', () => {
    const older: Patch[] = [
      { table: 'tasks', op: 'create', id: 'c', value: task('c', 'C') },
      { table: 'tasks', op: 'update', id: 'b', fields: { title: 'B, renamed' }, previous: { title: 'B' } },
    ];
    const newer: Patch[] = [
      { table: 'tasks', op: 'delete', id: 'd', previous: task('d', 'D') },
      { table: 'tasks', op: 'update', id: 'c', fields: { title: 'C, renamed' }, previous: { title: 'C' } },
      { table: 'tasks', op: 'update', id: 'gone', fields: { title: 'never there' }, previous: { title: '' } },
    ];
    // Rows come in key order: revision 7's parts after revision 3's.
    const rows = [...journalRows(3, older), ...journalRows(7, newer)];
    const applied = withJournalApplied(records(), pendingChangeSets(rows.map((r) => r.value)));
    expect(applied.tasks).toEqual([task('b', 'B, renamed'), task('c', 'C, renamed')]);
    expect(applied.plans).toEqual([]);
  });

  it('leaves out a change set missing a part or holding something that is not a patch', () => {
    const creates = (ids: string[]): Patch[] => ids.map((id) => ({ table: 'tasks', op: 'create', id, value: task(id, id) }));
    const split = journalRows(4, creates(Array.from({ length: 600 }, (_, i) => `x${i}`)));
    expect(split).toHaveLength(2);
    const hostile = journalRows(5, [{ table: 'nope', op: 'create', id: 'e', value: {} } as unknown as Patch]);
    const whole = journalRows(6, creates(['f']));
    const pending = pendingChangeSets([split[0]!.value, hostile[0]!.value, whole[0]!.value, 'junk', null]);
    expect(pending).toEqual([creates(['f'])]);
  });
});

describe('the write journal in IndexedDB', () => {
  it(`saves a change set of ${JOURNAL_THRESHOLD} patches or more to the journal first, which reads apply until it is written`, async () => {
    const { name, db, template } = await seededDatabase();
    const before = await db.tasks.count();
    const written = await writeChangeSet(db, bulkCreate(template, 1200));
    expect(written.journaled).toBe(true);
    // Saved, not yet in the tables: the reads put it there.
    expect(await db.tasks.count()).toBe(before);
    expect(await journalCount(db)).toBe(3);
    expect((await readWorkspace(db)).records.tasks).toHaveLength(before + 1200);
    db.close();
    // The first screen's read leaves it to Dexie's, which applies it.
    expect((await readWorkspaceDirectly(name)).kind).toBe('dexie');

    const reopened = openOpsDatabase(name);
    expect(await applyJournal(reopened)).toBe(true);
    expect(await reopened.tasks.count()).toBe(before + 1200);
    expect(await journalCount(reopened)).toBe(0);
    expect((await reopened.tasks.get('bulk00042'))?.title).toBe('Bulk 42');
    // The journal written, the revision is unchanged: a snapshot taken at it is still current.
    expect((await readWorkspace(reopened)).revision).toBe(written.next);
    expect(await applyJournal(reopened)).toBe(false);
    reopened.close();
  });

  it('writes the journal into the tables before a later small change, so the change lands on top', async () => {
    const { db, template } = await seededDatabase();
    await writeChangeSet(db, bulkCreate(template, 1000));
    const rename: ChangeSet = { id: 'cs-rename', origin: 'user', label: 'rename', patches: [{ table: 'tasks', op: 'update', id: 'bulk00007', fields: { title: 'Renamed after the import' }, previous: { title: 'Bulk 7' } }] };
    const written = await writeChangeSet(db, rename);
    expect(written.journaled).toBe(false);
    expect(await journalCount(db)).toBe(0);
    expect((await db.tasks.get('bulk00007'))?.title).toBe('Renamed after the import');
    expect((await readWorkspace(db)).records.tasks.find((t) => t.id === 'bulk00007')?.title).toBe('Renamed after the import');
    db.close();
  });

  it('has saving write the journal into the tables after a large change, and at start what a closed tab left there', async () => {
    const { db, template, store } = await seededDatabase();
    // Left by a session that closed once the import was saved, before its rows were written.
    await writeChangeSet(db, bulkCreate(template, 1000, 'left'));
    const writer = startWriteBehind(store, db);
    await writer.idle();
    expect(await journalCount(db)).toBe(0);
    expect(await db.tasks.get('left00999')).toBeDefined();

    store.commit(bulkCreate(template, 1500, 'now'));
    await writer.idle();
    expect(await journalCount(db)).toBe(0);
    expect(await db.tasks.get('now01499')).toBeDefined();
    expect(store.getState().ui.save).toEqual({ pending: 0, failed: false });
    writer.stop();
    db.close();
  });

  it('keeps a journaled change saved when writing it into the tables fails, and tries again with the next save', async () => {
    const { db, template, store } = await seededDatabase();
    const writer = startWriteBehind(store, db);
    await writer.idle();
    // The disk refuses task rows (the journal's meta rows are already stored).
    const prototype = db.Table.prototype as { bulkPut: (...args: unknown[]) => unknown };
    const bulkPut = prototype.bulkPut;
    const full = vi.spyOn(prototype, 'bulkPut').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      return this.name === 'tasks' ? Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError')) : bulkPut.apply(this, args);
    });
    store.commit(bulkCreate(template, 1000));
    await writer.idle();
    expect(store.getState().ui.save).toEqual({ pending: 0, failed: false });
    expect(await journalCount(db)).toBe(2);
    expect((await readWorkspace(db)).records.tasks.some((t) => t.id === 'bulk00999')).toBe(true);

    full.mockRestore();
    store.commit({ id: 'cs-small', origin: 'user', label: 'small', patches: [{ table: 'tasks', op: 'update', id: 'bulk00001', fields: { title: 'Edited' }, previous: { title: 'Bulk 1' } }] });
    await writer.idle();
    expect(await journalCount(db)).toBe(0);
    expect((await db.tasks.get('bulk00001'))?.title).toBe('Edited');
    expect(await db.tasks.get('bulk00999')).toBeDefined();
    writer.stop();
    db.close();
  });
});
