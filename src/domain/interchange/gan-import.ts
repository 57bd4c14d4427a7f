import type { DependencyType } from '../dependency';
import { addDays, isIsoDate } from '../dates';
import { countWorkingDays, STANDARD_CALENDAR, workingDayTest } from '../calendar';
import { emptyDraftTask, ImportFailure, type DraftLink, type DraftTask, type ImportDraft, type ImportIssue } from './import-draft';
import { child, children, readXml, text, type XmlNode } from './xml-reading';

// GanttProject .gan files: nested <task> elements with start, duration in working days, meeting
// (milestone), complete; <depend> children with type 1 SS, 2 FS, 3 FF, 4 SF and difference (lag, days).

const GAN_LINK_TYPES: Record<string, DependencyType> = { '1': 'SS', '2': 'FS', '3': 'FF', '4': 'SF' };
const MAX_DEPTH = 50;

export function ganToDraft(xml: string): ImportDraft {
  const project = child(readXml(xml, ['task', 'depend', 'resource', 'allocation']), 'project');
  if (!project) throw new ImportFailure({ code: 'wrong-format', where: '<project>', detail: 'GanttProject' });
  const isWorking = workingDayTest(STANDARD_CALENDAR);
  const skipped: ImportIssue[] = [];
  const tasks: DraftTask[] = [];
  const links: DraftLink[] = [];

  const visit = (node: XmlNode, parentKey: string | null, depth: number) => {
    const id = text(node, '@id');
    const where = `<task id="${id}">`;
    if (depth > MAX_DEPTH) {
      skipped.push({ code: 'too-deep', where });
      return;
    }
    const name = text(node, '@name');
    if (!/^\d+$/.test(id) || !name.trim()) {
      skipped.push({ code: name.trim() ? 'bad-id' : 'no-title', where });
    } else {
      const task = emptyDraftTask(`g${id}`, name);
      const start = text(node, '@start');
      const duration = Math.max(0, Number(text(node, '@duration')) || 0);
      task.milestone = text(node, '@meeting') === 'true';
      if (isIsoDate(start)) {
        task.start = start;
        task.due = task.milestone ? start : workingDayEnd(start, duration, isWorking);
      } else if (start) skipped.push({ code: 'bad-date', where: `${where} start`, detail: start });
      task.progress = Number(text(node, '@complete')) || 0;
      task.description = text(node, 'notes');
      task.parentKey = parentKey;
      tasks.push(task);
      for (const dep of children(node, 'depend')) {
        const type = GAN_LINK_TYPES[text(dep, '@type')];
        const to = text(dep, '@id');
        if (!type || !/^\d+$/.test(to)) skipped.push({ code: 'bad-link', where: `${where} <depend>` });
        else links.push({ fromKey: task.key, toKey: `g${to}`, type, lagDays: Number(text(dep, '@difference')) || 0 });
      }
    }
    for (const sub of children(node, 'task')) visit(sub, /^\d+$/.test(id) && name.trim() ? `g${id}` : parentKey, depth + 1);
  };
  for (const node of children(child(project, 'tasks'), 'task')) visit(node, null, 0);

  const people = children(child(project, 'resources'), 'resource').filter((r) => text(r, '@name').trim()).map((r) => ({ key: `p${text(r, '@id')}`, name: text(r, '@name') }));
  const byKey = new Map(tasks.map((t) => [t.key, t]));
  for (const a of children(child(project, 'allocations'), 'allocation')) {
    const task = byKey.get(`g${text(a, '@task-id')}`);
    if (task && !task.ownerKey) task.ownerKey = `p${text(a, '@resource-id')}`;
  }
  return { format: 'GanttProject', name: text(project, '@name'), columns: null, people, tasks, links, skipped };
}

/** The last day of a task of `days` working days that starts on `start`. */
function workingDayEnd(start: string, days: number, isWorking: (d: string) => boolean): string {
  if (days <= 1) return start;
  let day = start;
  for (let guard = 0; countWorkingDays(isWorking, start, day) < days && guard < 3_660; guard++) day = addDays(day, 1);
  return day;
}
