import { z } from 'zod';
import {
  idSchema, isoDateSchema, longTextSchema, nonNegativeSchema, rankSchema, shortTextSchema, tagSchema, timestampSchema,
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

const checklistItemSchema = z.object({ id: idSchema, text: shortTextSchema.min(1), done: z.boolean() });
const recurrenceSchema = z.object({ unit: z.enum(RECURRENCE_UNITS), interval: z.number().int().min(1).max(52) });
const commentSchema = z.object({ id: idSchema, author: shortTextSchema, body: longTextSchema.min(1), at: timestampSchema });

export const taskSchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    columnId: idSchema,
    rank: rankSchema,
    title: shortTextSchema.trim().min(1, 'title is required'),
    description: longTextSchema,
    priority: z.enum(PRIORITIES),
    ownerId: idSchema.nullable(),
    raci: z.record(idSchema, z.enum(RACI_ROLES)),
    startDate: isoDateSchema.nullable(),
    dueDate: isoDateSchema.nullable(),
    estimateHours: nonNegativeSchema.nullable(),
    actualHours: nonNegativeSchema.nullable(),
    progress: z.number().int().min(0).max(100),
    plannedCost: nonNegativeSchema.nullable(),
    actualCost: nonNegativeSchema.nullable(),
    tags: z.array(tagSchema).max(50),
    parentId: idSchema.nullable(),
    goalId: idSchema.nullable(),
    term: z.enum(TERMS).nullable(),
    isMilestone: z.boolean(),
    schedulingMode: z.enum(SCHEDULING_MODES),
    checklist: z.array(checklistItemSchema).max(500),
    completionStandard: longTextSchema,
    expectedResult: longTextSchema,
    comments: z.array(commentSchema).max(2_000),
    recurrence: recurrenceSchema.nullable(),
    createdAt: timestampSchema,
    /** When work began: the first move out of a to-do column; feeds cycle time and cumulative flow. */
    startedAt: timestampSchema.nullable(),
    completedAt: timestampSchema.nullable(),
  })
  .refine((t) => !t.startDate || !t.dueDate || t.startDate <= t.dueDate, {
    message: 'start date is after due date',
    path: ['dueDate'],
  })
  .refine((t) => t.parentId !== t.id, { message: 'a task cannot be its own parent', path: ['parentId'] });

export type Task = z.infer<typeof taskSchema>;
export type Recurrence = z.infer<typeof recurrenceSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type TaskComment = z.infer<typeof commentSchema>;
