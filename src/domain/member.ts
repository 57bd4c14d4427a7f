import { z } from 'zod';
import { idSchema, shortTextSchema, tagSchema } from './schema-primitives';

export const memberSchema = z.object({
  id: idSchema,
  name: shortTextSchema.trim().min(1),
  role: shortTextSchema,
  skills: z.array(tagSchema).max(50),
  weeklyCapacityHours: z.number().finite().min(0).max(168),
});

export type Member = z.infer<typeof memberSchema>;
