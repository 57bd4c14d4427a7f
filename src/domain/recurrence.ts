import { addDays, type IsoDate } from './dates';
import type { Recurrence, Task } from './task';

/** The same calendar day `interval` units later; a month step from the 31st lands on the month's last day. */
export function advanceDate(day: IsoDate, recurrence: Recurrence): IsoDate {
  if (recurrence.unit === 'day') return addDays(day, recurrence.interval);
  if (recurrence.unit === 'week') return addDays(day, 7 * recurrence.interval);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + recurrence.interval;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * The next occurrence of a repeating task that was just finished: same work, dates moved on by
 * one step, nothing done yet. The repetition passes to it, so re-finishing the old one adds nothing.
 */
export function nextOccurrence(task: Task, fields: { id: string; columnId: string; rank: string; now: string; newId: (prefix: string) => string }): Task {
  const recurrence = task.recurrence;
  if (!recurrence) throw new Error('task does not repeat');
  const step = (day: IsoDate | null) => (day === null ? null : advanceDate(day, recurrence));
  return {
    ...task,
    id: fields.id,
    columnId: fields.columnId,
    rank: fields.rank,
    startDate: step(task.startDate),
    dueDate: step(task.dueDate),
    progress: 0,
    actualHours: null,
    actualCost: null,
    checklist: task.checklist.map((item) => ({ ...item, id: fields.newId('chk'), done: false })),
    comments: [],
    createdAt: fields.now,
    startedAt: null,
    completedAt: null,
  };
}
