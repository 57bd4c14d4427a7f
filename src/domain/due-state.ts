import { diffDays, type IsoDate } from './dates';
import type { Task } from './task';

export type DueState = 'overdue' | 'due-soon' | 'on-track' | 'no-date' | 'done';

/** Days before the due date from which a card is marked "due soon". */
export const DUE_SOON_DAYS = 2;

export function dueStateOf(task: Pick<Task, 'dueDate'>, isDone: boolean, today: IsoDate): DueState {
  if (isDone) return 'done';
  if (!task.dueDate) return 'no-date';
  const daysLeft = diffDays(today, task.dueDate);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'due-soon';
  return 'on-track';
}
