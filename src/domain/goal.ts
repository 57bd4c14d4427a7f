import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, shortTextSchema } from './schema-primitives';

// A SMART goal: a metric moved from a baseline to a target by a deadline.
export const goalSchema = z.object({
  id: idSchema,
  planId: idSchema,
  title: shortTextSchema.trim().min(1),
  description: longTextSchema,
  metric: shortTextSchema,
  unit: shortTextSchema,
  baseline: z.number().finite().nullable(),
  target: z.number().finite().nullable(),
  deadline: isoDateSchema.nullable(),
  ownerId: idSchema.nullable(),
  kpiId: idSchema.nullable(),
});

export type Goal = z.infer<typeof goalSchema>;

/** A goal without a metric, a target or a deadline cannot be checked: the seeds call these out as bad goals. */
export function isGoalMeasurable(goal: Goal): boolean {
  return goal.metric.trim() !== '' && goal.target !== null && goal.deadline !== null;
}
