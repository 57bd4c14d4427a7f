import * as z from 'zod/mini';
import {
  idSchema, isoDateSchema, list, longTextSchema, nonNegativeSchema, rankSchema, shortTextSchema, tagSchema, text, timestampSchema, trimmedText, wholeNumber,
} from './schema-primitives';

export const PRIORITIES = ['urgent', 'high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const TERMS = ['short', 'mid', 'long'] as const;
export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
/** Automatic tasks are moved by the scheduler when their predecessors move; manual ones stay put. */
export const SCHEDULING_MODES = ['auto', 'manual'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];
/** A repeating task (weekly report, weekly meeting): finishing one occurrence creates the next. */
export const RECURRENCE_UNITS = ['day', 'week', 'month'] as const;
export type RecurrenceUnit = (typeof RECURRENCE_UNITS)[number];

const checklistItemSchema = z.object({ id: idSchema, text: text(500, 1), done: z.boolean() });
const recurrenceSchema = z.object({ unit: z.enum(RECURRENCE_UNITS), interval: wholeNumber(1, 52) });
const commentSchema = z.object({ id: idSchema, author: shortTextSchema, body: text(20_000, 1), at: timestampSchema });

export const taskSchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    columnId: idSchema,
    rank: rankSchema,
    title: trimmedText(500, 1, 'title is required'),
    description: longTextSchema,
    priority: z.enum(PRIORITIES),
    ownerId: z.nullable(idSchema),
    raci: z.record(idSchema, z.enum(RACI_ROLES)),
    startDate: z.nullable(isoDateSchema),
    dueDate: z.nullable(isoDateSchema),
    estimateHours: z.nullable(nonNegativeSchema),
    actualHours: z.nullable(nonNegativeSchema),
    progress: wholeNumber(0, 100),
    plannedCost: z.nullable(nonNegativeSchema),
    actualCost: z.nullable(nonNegativeSchema),
    tags: list(tagSchema, 50),
    parentId: z.nullable(idSchema),
    goalId: z.nullable(idSchema),
    term: z.nullable(z.enum(TERMS)),
    isMilestone: z.boolean(),
    schedulingMode: z.enum(SCHEDULING_MODES),
    checklist: list(checklistItemSchema, 500),
    completionStandard: longTextSchema,
    expectedResult: longTextSchema,
    comments: list(commentSchema, 2_000),
    recurrence: z.nullable(recurrenceSchema),
    createdAt: timestampSchema,
    /** When work began: the first move out of a to-do column; feeds cycle time and cumulative flow. */
    startedAt: z.nullable(timestampSchema),
    completedAt: z.nullable(timestampSchema),
  })
  .check(
    z.refine((t) => !t.startDate || !t.dueDate || t.startDate <= t.dueDate, { message: 'start date is after due date', path: ['dueDate'] }),
    z.refine((t) => t.parentId !== t.id, { message: 'a task cannot be its own parent', path: ['parentId'] }),
  );

export type Task = z.infer<typeof taskSchema>;
export type Recurrence = z.infer<typeof recurrenceSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type TaskComment = z.infer<typeof commentSchema>;
