import * as z from 'zod/mini';
import { boundedNumber, idSchema, list, shortTextSchema, tagSchema, trimmedText } from './schema-primitives';

export const memberSchema = z.object({
  id: idSchema,
  name: trimmedText(500),
  role: shortTextSchema,
  skills: list(tagSchema, 50),
  weeklyCapacityHours: boundedNumber(0, 168),
});

export type Member = z.infer<typeof memberSchema>;
