import type { Task } from '../../src/domain/task';

/** The tasks by id, as the store's table keeps them. */
export const tasksById = (list: readonly Task[]): Record<string, Task> => Object.fromEntries(list.map((t) => [t.id, t]));
