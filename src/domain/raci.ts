import type { Task } from './task';

export type RaciViolation = { taskId: string; title: string; accountable: number };

/** Tasks without exactly one Accountable (A): nobody owns the outcome, or several do. */
export function raciViolations(tasks: readonly Task[]): RaciViolation[] {
  return tasks
    .filter((t) => !t.isMilestone)
    .map((t) => ({ taskId: t.id, title: t.title, accountable: Object.values(t.raci).filter((r) => r === 'A').length }))
    .filter((v) => v.accountable !== 1);
}
