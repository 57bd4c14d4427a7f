import * as z from 'zod/mini';
import { calendarSchema } from './calendar';
import { idSchema, isoDateSchema, list, longTextSchema, nonNegativeSchema, text, timestampSchema } from './schema-primitives';

export const PLAN_STATUSES = ['planning', 'active', 'done', 'archived'] as const;

export const planSchema = z.object({
  id: idSchema,
  name: text(500, 1),
  description: longTextSchema,
  ownerId: z.nullable(idSchema),
  memberIds: list(idSchema, 500),
  startDate: z.nullable(isoDateSchema),
  endDate: z.nullable(isoDateSchema),
  budget: z.nullable(nonNegativeSchema),
  status: z.enum(PLAN_STATUSES),
  calendar: calendarSchema,
  createdAt: timestampSchema,
});

export type Plan = z.infer<typeof planSchema>;
