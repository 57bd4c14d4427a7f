import type { IsoDate } from './dates';
import { dueStateOf } from './due-state';
import type { Priority, Task } from './task';

export type DueFilter = 'any' | 'overdue' | 'due-soon' | 'no-date';
/** `ownerId` 'unassigned' matches tasks without an owner. */
export type BoardFilters = { text: string; ownerId: string | null; priority: Priority | null; tag: string | null; due: DueFilter };

export const EMPTY_FILTERS: BoardFilters = { text: '', ownerId: null, priority: null, tag: null, due: 'any' };

export function isFiltering(filters: BoardFilters): boolean {
  return filters.text.trim() !== '' || filters.ownerId !== null || filters.priority !== null || filters.tag !== null || filters.due !== 'any';
}

/** A predicate for the filters, built once per filter change rather than once per card. */
export function taskMatcher(filters: BoardFilters, today: IsoDate, isDoneColumn: (columnId: string) => boolean): (task: Task) => boolean {
  const needle = filters.text.trim().toLocaleLowerCase();
  return (task) => {
    if (filters.ownerId === 'unassigned' ? task.ownerId !== null : filters.ownerId !== null && task.ownerId !== filters.ownerId) return false;
    if (filters.priority && task.priority !== filters.priority) return false;
    if (filters.tag && !task.tags.includes(filters.tag)) return false;
    if (filters.due !== 'any' && dueStateOf(task, isDoneColumn(task.columnId), today) !== filters.due) return false;
    if (needle && !`${task.title}\n${task.description}\n${task.tags.join(' ')}`.toLocaleLowerCase().includes(needle)) return false;
    return true;
  };
}
