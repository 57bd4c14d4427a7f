import * as z from 'zod/mini';
import { idSchema, isoDateSchema, longTextSchema, shortTextSchema, trimmedText } from './schema-primitives';

// A SMART goal: a metric moved from a baseline to a target by a deadline.
export const goalSchema = z.object({
  id: idSchema,
  planId: idSchema,
  title: trimmedText(500),
  description: longTextSchema,
  metric: shortTextSchema,
  unit: shortTextSchema,
  baseline: z.nullable(z.number()),
  target: z.nullable(z.number()),
  deadline: z.nullable(isoDateSchema),
  ownerId: z.nullable(idSchema),
  kpiId: z.nullable(idSchema),
});

export type Goal = z.infer<typeof goalSchema>;

/** A goal without a metric, a target or a deadline cannot be checked: the seeds call these out as bad goals. */
export function isGoalMeasurable(goal: Goal): boolean {
  return goal.metric.trim() !== '' && goal.target !== null && goal.deadline !== null;
}
