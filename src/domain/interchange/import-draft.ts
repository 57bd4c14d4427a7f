import type { ColumnCategory } from '../column';
import { addDays, diffDays, isIsoDate, type IsoDate } from '../dates';
import type { DependencyType } from '../dependency';
import type { Language } from '../locale';
import { defaultColumns } from '../default-columns';
import { cleanText } from '../schema-primitives';
import { MAX_PLAN_TASKS, validTemplate, type PlanTemplate, type TemplateTask } from '../template';
import { splitCyclicLinks } from './acyclic-links';

// Every importer (CSV, MS Project, GanttProject, Trello) turns its file into this one draft; the
// draft becomes a template laid down as a new plan in one change set, so an import is all or nothing.

/** Why a row or element was left out, or why a whole file was refused; `code` is an i18n key. */
export type ImportIssue = { code: string; where: string; detail?: string };

/** A file that cannot be imported at all; nothing has been written when this is thrown. */
export class ImportFailure extends Error {
  constructor(readonly issue: ImportIssue) {
    super(`${issue.code} at ${issue.where}${issue.detail ? `: ${issue.detail}` : ''}`);
    this.name = 'ImportFailure';
  }
}

export type DraftTask = {
  key: string;
  title: string;
  description: string;
  start: IsoDate | null;
  due: IsoDate | null;
  milestone: boolean;
  parentKey: string | null;
  progress: number;
  ownerKey: string | null;
  tags: string[];
  checklist: { text: string; done: boolean }[];
  estimateHours: number | null;
  /** Index into the draft's columns; null lets progress decide (0 → to do, 100 → done, else doing). */
  column: number | null;
};

export type DraftLink = { fromKey: string; toKey: string; type: DependencyType; lagDays: number };

export type ImportDraft = {
  format: string;
  name: string;
  /** null: the default columns of the user's language. */
  columns: { name: string; category: ColumnCategory }[] | null;
  people: { key: string; name: string }[];
  tasks: DraftTask[];
  links: DraftLink[];
  skipped: ImportIssue[];
};

/** Files are read whole into memory; past this they are refused before parsing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function assertImportSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) throw new ImportFailure({ code: 'too-large', where: 'file', detail: `${Math.round(bytes / 1024 / 1024)} MB > ${MAX_IMPORT_BYTES / 1024 / 1024} MB` });
  if (bytes === 0) throw new ImportFailure({ code: 'empty', where: 'file' });
}

export function emptyDraftTask(key: string, title: string): DraftTask {
  return { key, title, description: '', start: null, due: null, milestone: false, parentKey: null, progress: 0, ownerKey: null, tags: [], checklist: [], estimateHours: null, column: null };
}

const clip = (text: string, max: number) => cleanText(text).slice(0, max);

/**
 * Turns a draft into a template whose offsets count from the earliest date in the file; links to
 * unknown tasks, parents that would loop and dates out of order are dropped and reported.
 */
export function draftToTemplate(original: ImportDraft, input: { id: string; language: Language; today: IsoDate; now: string }): { template: PlanTemplate; startDate: IsoDate; skipped: ImportIssue[] } {
  const draft = withShortKeys(original);
  const skipped = [...draft.skipped];
  if (draft.tasks.length === 0) throw new ImportFailure({ code: 'no-tasks', where: 'file' });
  if (draft.tasks.length > MAX_PLAN_TASKS) throw new ImportFailure({ code: 'too-many-tasks', where: 'file', detail: `${draft.tasks.length} > ${MAX_PLAN_TASKS}` });
  const columns = (draft.columns ?? defaultColumns(input.language)).slice(0, 50).map((c) => ({ name: clip(c.name, 500) || '—', category: c.category, wipLimit: null }));
  const firstOf = (category: ColumnCategory) => Math.max(0, columns.findIndex((c) => c.category === category));

  const dates = draft.tasks.flatMap((t) => [t.start, t.due]).filter((d): d is IsoDate => d !== null && isIsoDate(d)).sort();
  const startDate = dates[0] ?? input.today;
  const lastDate = dates.at(-1) ?? startDate;
  const span = diffDays(startDate, lastDate) + 1;
  if (span > 3_660) throw new ImportFailure({ code: 'span-too-long', where: 'file', detail: `${startDate} – ${lastDate}` });

  const keys = new Set<string>();
  const tasks: TemplateTask[] = [];
  for (const t of draft.tasks) {
    if (keys.has(t.key)) {
      skipped.push({ code: 'duplicate-id', where: t.key });
      continue;
    }
    keys.add(t.key);
    let start = t.start ?? t.due;
    let due = t.due ?? t.start;
    if (start && due && due < start) {
      skipped.push({ code: 'due-before-start', where: t.title, detail: `${start} > ${due}` });
      [start, due] = [due, start];
    }
    const progress = Math.min(100, Math.max(0, Math.round(Number.isFinite(t.progress) ? t.progress : 0)));
    const column = t.column !== null && t.column < columns.length ? t.column : progress >= 100 ? firstOf('done') : progress > 0 ? firstOf('doing') : firstOf('todo');
    tasks.push({
      key: t.key, title: clip(t.title, 500).trim() || '—', description: clip(t.description, 20_000), column,
      offsetDays: start ? diffDays(startDate, start) : null, durationDays: start && due ? diffDays(start, due) + 1 : 1,
      roleKey: t.ownerKey, raci: t.ownerKey ? { [t.ownerKey]: 'R' } : {}, priority: 'medium', estimateHours: t.estimateHours !== null && Number.isFinite(t.estimateHours) && t.estimateHours >= 0 ? t.estimateHours : null,
      plannedCost: null, tags: [...new Set(t.tags.map((tag) => clip(tag, 60).trim()).filter(Boolean))].slice(0, 50),
      checklist: t.checklist.slice(0, 500).map((c) => clip(c.text, 500).trim() || '—'), checklistDone: t.checklist.slice(0, 500).map((c) => c.done),
      progress, completionStandard: '', parentKey: null, goalKey: null, isMilestone: t.milestone, recurrence: null, after: [],
    });
  }
  const byKey = new Map(tasks.map((t) => [t.key, t]));
  for (const t of draft.tasks) {
    const task = byKey.get(t.key);
    if (!task || !t.parentKey) continue;
    if (!byKey.has(t.parentKey) || createsParentLoop(byKey, t.key, t.parentKey)) skipped.push({ code: 'bad-parent', where: t.title, detail: t.parentKey });
    else task.parentKey = t.parentKey;
  }
  const { kept, dropped } = splitCyclicLinks(draft.links);
  for (const link of dropped) skipped.push({ code: 'cyclic-link', where: `${byKey.get(link.fromKey)?.title ?? link.fromKey} → ${byKey.get(link.toKey)?.title ?? link.toKey}` });
  for (const link of kept) {
    const to = byKey.get(link.toKey);
    if (!to || !byKey.has(link.fromKey) || link.fromKey === link.toKey) {
      skipped.push({ code: 'unknown-link-target', where: `${link.fromKey} → ${link.toKey}` });
      continue;
    }
    if (to.after.length < 100) to.after.push({ key: link.fromKey, type: link.type, lagDays: Math.max(-3650, Math.min(3650, Math.round(link.lagDays))) });
  }
  const usedPeople = new Set(tasks.map((t) => t.roleKey).filter(Boolean));
  const roles = draft.people.filter((p) => usedPeople.has(p.key) && clip(p.name, 500).trim()).map((p) => ({ key: p.key, name: clip(p.name, 500).trim(), role: '', weeklyCapacityHours: 40 }));
  const roleKeys = new Set(roles.map((r) => r.key));
  for (const t of tasks) {
    if (t.roleKey && !roleKeys.has(t.roleKey)) {
      t.roleKey = null;
      t.raci = {};
    }
  }
  const template = validTemplate({
    id: input.id, name: clip(draft.name, 500).trim() || draft.format, description: '', createdAt: input.now, durationDays: Math.max(1, span), budget: null, calendar: null,
    columns, roles, goals: [], tasks, risks: [],
  });
  return { template, startDate, skipped };
}

/**
 * Files name things with keys of any length and content (Jira keys, owner names); the template
 * needs short ones. Tasks and people get positional keys, and every reference follows them.
 */
function withShortKeys(draft: ImportDraft): ImportDraft {
  const taskKey = new Map<string, string>();
  draft.tasks.forEach((t, i) => { if (!taskKey.has(t.key)) taskKey.set(t.key, `t${i}`); });
  const personKey = new Map(draft.people.map((p, i) => [p.key, `p${i}`]));
  const task = (key: string | null) => (key === null ? null : (taskKey.get(key) ?? `?${key.slice(0, 50)}`));
  return {
    ...draft,
    people: draft.people.map((p) => ({ ...p, key: personKey.get(p.key) as string })),
    // A repeated key keeps its first task's short key, so the duplicate is still reported.
    tasks: draft.tasks.map((t) => ({ ...t, key: taskKey.get(t.key) as string, parentKey: task(t.parentKey), ownerKey: t.ownerKey === null ? null : (personKey.get(t.ownerKey) ?? null) })),
    links: draft.links.map((l) => ({ ...l, fromKey: task(l.fromKey) as string, toKey: task(l.toKey) as string })),
  };
}

function createsParentLoop(byKey: Map<string, TemplateTask>, key: string, parentKey: string): boolean {
  const seen = new Set([key]);
  for (let id: string | null = parentKey; id; id = byKey.get(id)?.parentKey ?? null) {
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}

/** Days between two dates as an offset, for importers that give a start and a length. */
export const endFromDuration = (start: IsoDate, days: number): IsoDate => addDays(start, Math.max(1, days) - 1);
