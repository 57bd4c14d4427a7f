import * as z from 'zod/mini';
import { diffDays } from './dates';
import { idSchema, isoDateSchema, timestampSchema, trimmedText } from './schema-primitives';
import type { Task } from './task';

// A named snapshot of the plan's dates, to compare plan against reality later (planned vs actual).
const baselineDatesSchema = z.object({ startDate: isoDateSchema, dueDate: isoDateSchema });

export const baselineSchema = z.object({
  id: idSchema,
  planId: idSchema,
  name: trimmedText(500),
  createdAt: timestampSchema,
  tasks: z.record(idSchema, baselineDatesSchema),
});

export type Baseline = z.infer<typeof baselineSchema>;

export function snapshotBaseline(input: Pick<Baseline, 'id' | 'planId' | 'name' | 'createdAt'>, tasks: readonly Task[]): Baseline {
  const dates: Baseline['tasks'] = {};
  for (const task of tasks) {
    if (task.planId === input.planId && task.startDate && task.dueDate) dates[task.id] = { startDate: task.startDate, dueDate: task.dueDate };
  }
  return { ...input, tasks: dates };
}

/** Calendar days the task now finishes later (+) or earlier (−) than in the baseline; null if not in it. */
export function finishVarianceDays(baseline: Baseline, task: Pick<Task, 'id' | 'dueDate'>): number | null {
  const planned = baseline.tasks[task.id];
  return planned && task.dueDate ? diffDays(planned.dueDate, task.dueDate) : null;
}
