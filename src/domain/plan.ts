import { z } from 'zod';
import { calendarSchema } from './calendar';
import { idSchema, isoDateSchema, longTextSchema, nonNegativeSchema, shortTextSchema, timestampSchema } from './schema-primitives';

export const PLAN_STATUSES = ['planning', 'active', 'done', 'archived'] as const;

export const planSchema = z.object({
  id: idSchema,
  name: shortTextSchema.min(1),
  description: longTextSchema,
  ownerId: idSchema.nullable(),
  memberIds: z.array(idSchema).max(500),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  budget: nonNegativeSchema.nullable(),
  status: z.enum(PLAN_STATUSES),
  calendar: calendarSchema,
  createdAt: timestampSchema,
});

export type Plan = z.infer<typeof planSchema>;
