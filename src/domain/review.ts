import * as z from 'zod/mini';
import { idSchema, isoDateSchema, list, longTextSchema, tagSchema, text, timestampSchema } from './schema-primitives';

export const REVIEW_KINDS = ['weekly', 'monthly'] as const;

// A weekly review (周报) or monthly summary (月度总结): generated facts frozen at creation
// plus the team's own notes and lessons, which form the knowledge base.
export const reviewSchema = z.object({
  id: idSchema,
  planId: idSchema,
  kind: z.enum(REVIEW_KINDS),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  title: text(500, 1),
  /** Generated, so bounded by the generator (sections are cut at 100 items), not by typing. */
  facts: text(200_000),
  notes: longTextSchema,
  lessons: longTextSchema,
  tags: list(tagSchema, 50),
  createdAt: timestampSchema,
});

export type Review = z.infer<typeof reviewSchema>;
