import type { Task } from './task';

export type NewTaskInput = Pick<Task, 'id' | 'planId' | 'columnId' | 'rank' | 'title' | 'createdAt'> & Partial<Task>;

/** A task with every optional field at its empty value. */
export function buildTask(input: NewTaskInput): Task {
  return {
    description: '',
    priority: 'medium',
    ownerId: null,
    raci: {},
    startDate: null,
    dueDate: null,
    estimateHours: null,
    actualHours: null,
    progress: 0,
    plannedCost: null,
    actualCost: null,
    tags: [],
    parentId: null,
    goalId: null,
    term: null,
    isMilestone: false,
    schedulingMode: 'auto',
    checklist: [],
    completionStandard: '',
    expectedResult: '',
    comments: [],
    recurrence: null,
    startedAt: null,
    completedAt: null,
    ...input,
  };
}
