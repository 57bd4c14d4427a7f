import * as z from 'zod/mini';
import { idSchema, rankSchema, text, wholeNumber } from './schema-primitives';

// A board column is a status. Its category says what the status means for KPIs:
// 'done' columns count as completed whatever the team calls them.
export const COLUMN_CATEGORIES = ['todo', 'doing', 'done'] as const;
export type ColumnCategory = (typeof COLUMN_CATEGORIES)[number];

export const columnSchema = z.object({
  id: idSchema,
  planId: idSchema,
  name: text(500, 1),
  rank: rankSchema,
  category: z.enum(COLUMN_CATEGORIES),
  wipLimit: z.nullable(wholeNumber(1, 10_000)),
});

export type Column = z.infer<typeof columnSchema>;
