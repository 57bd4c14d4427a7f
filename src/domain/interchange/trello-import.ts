import * as z from 'zod/mini';
import { emptyDraftTask, ImportFailure, type DraftTask, type ImportDraft, type ImportIssue } from './import-draft';
import { parseJsonSafely } from './safe-json';

// A Trello board export: lists become columns, cards tasks, labels tags, checklists checklists,
// members owners. Archived lists and cards are left out unless the user keeps them.

const text = z.catch(z.string().check(z.maxLength(100_000)), '');
const flag = z.catch(z.boolean(), false);
const position = z.catch(z.number(), 0);
const nullableString = z.catch(z.nullable(z.string()), null);
const trelloBoard = z.object({
  name: text,
  lists: z.array(z.object({ id: z.string(), name: text, closed: flag, pos: position })).check(z.maxLength(1_000)),
  cards: z.array(z.object({
    id: z.string(), name: text, desc: text, idList: z.string(), closed: flag, pos: position,
    due: nullableString, start: nullableString, dueComplete: flag,
    labels: z.catch(z.array(z.object({ name: text, color: nullableString })), []), idMembers: z.catch(z.array(z.string()), []),
  })).check(z.maxLength(50_000)),
  checklists: z.catch(z.array(z.object({ idCard: z.string(), name: text, checkItems: z.catch(z.array(z.object({ name: text, state: z.string(), pos: position })), []) })), []),
  members: z.catch(z.array(z.object({ id: z.string(), fullName: text, username: text })), []),
});

export function trelloToDraft(json: string, options: { includeArchived: boolean }): ImportDraft {
  return trelloBoardToDraft(parseJsonSafely(json), options);
}

/** A Trello board already parsed from JSON (by `parseJsonSafely`, so prototype keys are gone). */
export function trelloBoardToDraft(json: unknown, options: { includeArchived: boolean }): ImportDraft {
  const parsed = trelloBoard.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportFailure({ code: 'wrong-format', where: issue ? issue.path.join('.') || 'file' : 'file', detail: 'Trello board JSON' });
  }
  const board = parsed.data;
  const skipped: ImportIssue[] = [];
  const lists = [...board.lists].sort((a, b) => a.pos - b.pos).filter((l) => {
    if (l.closed && !options.includeArchived) skipped.push({ code: 'archived-list', where: l.name });
    return !l.closed || options.includeArchived;
  });
  const columnOf = new Map(lists.map((l, i) => [l.id, i]));
  const columns = lists.map((l) => ({ name: l.name || '—', category: /done|完成/i.test(l.name) ? ('done' as const) : /doing|progress|进行/i.test(l.name) ? ('doing' as const) : ('todo' as const) }));
  if (columns.length === 0) throw new ImportFailure({ code: 'no-tasks', where: 'lists' });
  if (!columns.some((c) => c.category === 'done')) columns.push({ name: 'Done', category: 'done' });
  const doneColumn = columns.findIndex((c) => c.category === 'done');

  const tasks: DraftTask[] = [];
  for (const card of [...board.cards].sort((a, b) => a.pos - b.pos)) {
    const column = columnOf.get(card.idList);
    if (card.closed && !options.includeArchived) {
      skipped.push({ code: 'archived-card', where: card.name });
      continue;
    }
    if (column === undefined) {
      skipped.push({ code: 'archived-list', where: card.name });
      continue;
    }
    if (!card.name.trim()) {
      skipped.push({ code: 'no-title', where: `card ${card.id}` });
      continue;
    }
    const task = emptyDraftTask(`t${card.id}`, card.name);
    task.description = card.desc;
    task.start = card.start?.slice(0, 10) ?? null;
    task.due = card.due?.slice(0, 10) ?? null;
    task.tags = card.labels.map((l) => l.name || l.color || '').filter(Boolean);
    task.ownerKey = card.idMembers[0] ?? null;
    task.column = card.dueComplete ? doneColumn : column;
    task.checklist = board.checklists.filter((c) => c.idCard === card.id).flatMap((c) => [...c.checkItems].sort((a, b) => a.pos - b.pos).map((i) => ({ text: i.name, done: i.state === 'complete' })));
    tasks.push(task);
  }
  for (const t of tasks) {
    for (const field of ['start', 'due'] as const) {
      if (t[field] && !/^\d{4}-\d{2}-\d{2}$/.test(t[field] as string)) {
        skipped.push({ code: 'bad-date', where: `${t.title} ${field}`, detail: t[field] as string });
        t[field] = null;
      }
    }
  }
  const people = board.members.map((m) => ({ key: m.id, name: m.fullName || m.username }));
  return { format: 'Trello', name: board.name, columns, people, tasks, links: [], skipped };
}
