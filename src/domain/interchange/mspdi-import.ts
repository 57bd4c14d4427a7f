import type { DependencyType } from '../dependency';
import { isIsoDate } from '../dates';
import { emptyDraftTask, ImportFailure, type DraftLink, type DraftTask, type ImportDraft, type ImportIssue } from './import-draft';
import { child, children, readXml, text } from './xml-reading';

// MS Project XML (MSPDI), as written by Project 2003 to 2019: tasks in outline order with
// OutlineLevel, predecessor links with Type 0 FF, 1 FS, 2 SF, 3 SS, and LinkLag in tenths of a
// minute, read in the unit its LagFormat names.

export const MSPDI_LINK_TYPES: DependencyType[] = ['FF', 'FS', 'SF', 'SS'];
const ELAPSED_FORMATS = new Set([4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52]);
const PERCENT_FORMATS = new Set([19, 20, 51, 52]);

export function mspdiToDraft(xml: string): ImportDraft {
  const root = child(readXml(xml, ['Task', 'PredecessorLink', 'Resource', 'Assignment', 'WeekDay']), 'Project');
  if (!root) throw new ImportFailure({ code: 'wrong-format', where: '<Project>', detail: 'MS Project XML' });
  const minutesPerDay = Number(text(root, 'MinutesPerDay')) || 480;
  const skipped: ImportIssue[] = [];
  const tasks: DraftTask[] = [];
  const links: DraftLink[] = [];
  const durations = new Map<string, number>();
  const outline: { level: number; key: string }[] = [];

  for (const node of children(child(root, 'Tasks'), 'Task')) {
    const uid = text(node, 'UID');
    const where = `<Task> UID ${uid || '?'}`;
    if (text(node, 'IsNull') === '1') {
      skipped.push({ code: 'blank-row', where });
      continue;
    }
    // UID 0 is the project summary task Project writes for the file itself.
    if (uid === '0' || text(node, 'OutlineLevel') === '0') continue;
    const name = text(node, 'Name');
    if (!/^\d+$/.test(uid) || !name.trim()) {
      skipped.push({ code: name.trim() ? 'bad-id' : 'no-title', where });
      continue;
    }
    const task = emptyDraftTask(`u${uid}`, name);
    task.description = text(node, 'Notes');
    task.start = dateOf(text(node, 'Start'));
    task.due = dateOf(text(node, 'Finish'));
    if (text(node, 'Start') && !task.start) skipped.push({ code: 'bad-date', where: `${where} <Start>`, detail: text(node, 'Start') });
    if (text(node, 'Finish') && !task.due) skipped.push({ code: 'bad-date', where: `${where} <Finish>`, detail: text(node, 'Finish') });
    task.milestone = text(node, 'Milestone') === '1';
    if (task.milestone) task.due = task.start ?? task.due;
    task.progress = Number(text(node, 'PercentComplete')) || 0;
    const work = durationHours(text(node, 'Work'));
    if (work !== null) task.estimateHours = work;
    durations.set(task.key, (durationHours(text(node, 'Duration')) ?? 0) / (minutesPerDay / 60));
    const level = Math.max(1, Number(text(node, 'OutlineLevel')) || 1);
    while (outline.length > 0 && (outline[outline.length - 1] as { level: number }).level >= level) outline.pop();
    task.parentKey = outline[outline.length - 1]?.key ?? null;
    outline.push({ level, key: task.key });
    tasks.push(task);

    for (const link of children(node, 'PredecessorLink')) {
      const type = MSPDI_LINK_TYPES[Number(text(link, 'Type') || '1')];
      const from = text(link, 'PredecessorUID');
      if (!type || !/^\d+$/.test(from)) {
        skipped.push({ code: 'bad-link', where: `${where} <PredecessorLink>` });
        continue;
      }
      const format = Number(text(link, 'LagFormat') || '7');
      const lagTenths = Number(text(link, 'LinkLag') || '0');
      let lagDays: number;
      if (PERCENT_FORMATS.has(format)) lagDays = (lagTenths / 10 / 100) * (durations.get(`u${from}`) ?? 0);
      else lagDays = lagTenths / 10 / (ELAPSED_FORMATS.has(format) ? 1440 : minutesPerDay);
      links.push({ fromKey: `u${from}`, toKey: task.key, type, lagDays: Math.round(lagDays) });
    }
  }

  const people = children(child(root, 'Resources'), 'Resource')
    .filter((r) => text(r, 'UID') !== '0' && text(r, 'Name').trim())
    .map((r) => ({ key: `r${text(r, 'UID')}`, name: text(r, 'Name') }));
  const byKey = new Map(tasks.map((t) => [t.key, t]));
  for (const a of children(child(root, 'Assignments'), 'Assignment')) {
    const task = byKey.get(`u${text(a, 'TaskUID')}`);
    const resource = `r${text(a, 'ResourceUID')}`;
    if (task && !task.ownerKey && people.some((p) => p.key === resource)) task.ownerKey = resource;
  }
  return { format: 'MS Project', name: text(root, 'Title') || text(root, 'Name').replace(/\.xml$/i, ''), columns: null, people, tasks, links, skipped };
}

function dateOf(value: string): string | null {
  const day = value.slice(0, 10);
  return isIsoDate(day) ? day : null;
}

/** ISO 8601 durations as Project writes them: PT16H0M0S, or P2DT4H. */
function durationHours(value: string): number | null {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value.trim());
  if (!m || value.trim() === 'P') return null;
  return Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 60 + Number(m[4] ?? 0) / 3600;
}
