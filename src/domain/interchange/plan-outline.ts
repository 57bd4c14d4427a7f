import { compareIsoDates } from '../dates';
import type { EntityState } from '../entities';
import { compareRanks } from '../rank';
import type { Task } from '../task';

/**
 * The plan's tasks in outline order — each parent followed by its children — with their depth,
 * as MS Project and GanttProject files list them. Start date, then board order, sorts siblings.
 */
export function planOutline(state: EntityState, planId: string): { task: Task; depth: number; hasChildren: boolean }[] {
  const tasks = Object.values(state.tasks).filter((t) => t.planId === planId);
  const ids = new Set(tasks.map((t) => t.id));
  const childrenOf = new Map<string | null, Task[]>();
  for (const task of tasks) {
    const parent = task.parentId && ids.has(task.parentId) ? task.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), task]);
  }
  const order = (a: Task, b: Task) => compareIsoDates(a.startDate, b.startDate) || compareRanks(a, b);
  const result: { task: Task; depth: number; hasChildren: boolean }[] = [];
  const stack: { task: Task; depth: number }[] = [...(childrenOf.get(null) ?? [])].sort(order).reverse().map((task) => ({ task, depth: 0 }));
  while (stack.length > 0) {
    const { task, depth } = stack.pop() as { task: Task; depth: number };
    const kids = [...(childrenOf.get(task.id) ?? [])].sort(order);
    result.push({ task, depth, hasChildren: kids.length > 0 });
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ task: kids[i] as Task, depth: depth + 1 });
  }
  return result;
}
