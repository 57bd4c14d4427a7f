import { PRIORITIES, type Task } from './task';

export type SwimlaneBy = 'none' | 'owner' | 'priority' | 'goal';

/** The lane key a task sits in; tasks with no owner or goal share the 'none' lane. */
export function laneKeyOf(task: Task, by: SwimlaneBy): string {
  if (by === 'owner') return task.ownerId ?? 'none';
  if (by === 'priority') return task.priority;
  if (by === 'goal') return task.goalId ?? 'none';
  return 'all';
}

/** The fields a task takes when dropped into a lane: dropping into Wang's lane assigns it to Wang. */
export function laneFields(by: SwimlaneBy, laneKey: string): Partial<Pick<Task, 'ownerId' | 'priority' | 'goalId'>> {
  if (by === 'owner') return { ownerId: laneKey === 'none' ? null : laneKey };
  if (by === 'goal') return { goalId: laneKey === 'none' ? null : laneKey };
  if (by === 'priority') return (PRIORITIES as readonly string[]).includes(laneKey) ? { priority: laneKey as Task['priority'] } : {};
  return {};
}
