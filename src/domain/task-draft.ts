import { isIsoDate } from './dates';
import { PRIORITIES, RECURRENCE_UNITS, TERMS, type ChecklistItem, type RaciRole, type RecurrenceUnit, type Task } from './task';
import { cleanText } from './schema-primitives';

// The editor works on strings (what inputs hold); this turns them into task fields, with a
// reason per field when a value cannot be used. Reasons are i18n keys under `validation.`.

export type TaskDraft = {
  title: string;
  description: string;
  priority: Task['priority'];
  ownerId: string;
  raci: Record<string, RaciRole>;
  startDate: string;
  dueDate: string;
  estimateHours: string;
  actualHours: string;
  progress: string;
  plannedCost: string;
  actualCost: string;
  tags: string;
  parentId: string;
  goalId: string;
  term: string;
  isMilestone: boolean;
  /** '' when the task does not repeat. */
  repeat: '' | RecurrenceUnit;
  repeatEvery: string;
  checklist: ChecklistItem[];
  completionStandard: string;
  expectedResult: string;
};

export type DraftErrors = Partial<Record<keyof TaskDraft, string>>;

export function draftFromTask(task: Task): TaskDraft {
  const num = (value: number | null) => (value === null ? '' : String(value));
  return {
    title: task.title, description: task.description, priority: task.priority, ownerId: task.ownerId ?? '', raci: task.raci,
    startDate: task.startDate ?? '', dueDate: task.dueDate ?? '', estimateHours: num(task.estimateHours), actualHours: num(task.actualHours),
    progress: String(task.progress), plannedCost: num(task.plannedCost), actualCost: num(task.actualCost), tags: task.tags.join(', '),
    parentId: task.parentId ?? '', goalId: task.goalId ?? '', term: task.term ?? '', isMilestone: task.isMilestone, checklist: task.checklist,
    repeat: task.recurrence?.unit ?? '', repeatEvery: String(task.recurrence?.interval ?? 1), completionStandard: task.completionStandard, expectedResult: task.expectedResult,
  };
}

export function parseTaskDraft(draft: TaskDraft): { fields: Partial<Task>; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const title = cleanText(draft.title).trim();
  if (!title) errors.title = 'required';
  const date = (key: 'startDate' | 'dueDate') => {
    const value = draft[key].trim();
    if (value === '') return null;
    if (!isIsoDate(value)) errors[key] = 'invalidDate';
    return value;
  };
  const amount = (key: 'estimateHours' | 'actualHours' | 'plannedCost' | 'actualCost') => {
    const value = draft[key].trim();
    if (value === '') return null;
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) errors[key] = 'notNumber';
    else if (parsed < 0) errors[key] = 'negative';
    return parsed;
  };
  const startDate = date('startDate');
  const dueDate = date('dueDate');
  if (startDate && dueDate && !errors.startDate && !errors.dueDate && dueDate < startDate) errors.dueDate = 'dueBeforeStart';
  const progress = Number(draft.progress.trim() || '0');
  if (!Number.isInteger(progress) || progress < 0 || progress > 100) errors.progress = 'percent';

  const every = Number(draft.repeatEvery.trim() || '1');
  const repeats = (RECURRENCE_UNITS as readonly string[]).includes(draft.repeat);
  if (repeats && (!Number.isInteger(every) || every < 1 || every > 52)) errors.repeatEvery = 'positiveWhole';

  const fields: Partial<Task> = {
    title,
    description: cleanText(draft.description),
    priority: PRIORITIES.includes(draft.priority) ? draft.priority : 'medium',
    ownerId: draft.ownerId || null,
    raci: draft.raci,
    startDate,
    dueDate: draft.isMilestone && startDate && !dueDate ? startDate : dueDate,
    estimateHours: amount('estimateHours'),
    actualHours: amount('actualHours'),
    progress,
    plannedCost: amount('plannedCost'),
    actualCost: amount('actualCost'),
    tags: [...new Set(draft.tags.split(/[,，]/).map((tag) => cleanText(tag).trim()).filter(Boolean))].map((tag) => tag.slice(0, 60)),
    parentId: draft.parentId || null,
    goalId: draft.goalId || null,
    term: (TERMS as readonly string[]).includes(draft.term) ? (draft.term as Task['term']) : null,
    isMilestone: draft.isMilestone,
    recurrence: repeats && !errors.repeatEvery ? { unit: draft.repeat as RecurrenceUnit, interval: every } : null,
    checklist: draft.checklist,
    completionStandard: cleanText(draft.completionStandard),
    expectedResult: cleanText(draft.expectedResult),
  };
  return { fields, errors };
}

/**
 * Only the fields the user changed since the editor opened: a save must not write back the
 * values it loaded, or it would undo what another tab changed meanwhile in other fields.
 */
export function changedTaskFields(initial: TaskDraft, draft: TaskDraft): { fields: Partial<Task>; errors: DraftErrors } {
  const before = parseTaskDraft(initial).fields;
  const { fields, errors } = parseTaskDraft(draft);
  const changed: Partial<Task> = {};
  for (const key of Object.keys(fields) as (keyof Task)[]) {
    if (JSON.stringify(fields[key]) !== JSON.stringify(before[key])) Object.assign(changed, { [key]: fields[key] });
  }
  return { fields: changed, errors };
}
