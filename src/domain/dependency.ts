import * as z from 'zod/mini';
import { idSchema, wholeNumber } from './schema-primitives';

// Finish-to-start and its three siblings, with lag in working days (negative = lead).
export const DEPENDENCY_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

export const dependencySchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    fromId: idSchema,
    toId: idSchema,
    type: z.enum(DEPENDENCY_TYPES),
    lagDays: wholeNumber(-3650, 3650),
  })
  .check(z.refine((d) => d.fromId !== d.toId, { message: 'a task cannot depend on itself' }));

export type Dependency = z.infer<typeof dependencySchema>;
export type DependencyType = (typeof DEPENDENCY_TYPES)[number];
