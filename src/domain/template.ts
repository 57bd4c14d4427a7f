import { z } from 'zod';
import { calendarSchema } from './calendar';
import { COLUMN_CATEGORIES } from './column';
import { DEPENDENCY_TYPES } from './dependency';
import { RISK_CATEGORIES, RISK_RESPONSES } from './risk';
import { validateRecord } from './errors';
import { idSchema, longTextSchema, shortTextSchema, tagSchema, timestampSchema } from './schema-primitives';
import { PRIORITIES, RACI_ROLES, RECURRENCE_UNITS } from './task';

// A plan template keeps the shape of a plan with dates relative to its start, so it can be
// laid down again on any start date. Keys tie tasks, roles and goals together inside it.
const keySchema = z.string().min(1).max(60);
/** Imports go through templates too, so this is also the largest plan a file can bring in. */
export const MAX_PLAN_TASKS = 20_000;
const offsetSchema = z.number().int().min(0).max(3_660);

const templateRoleSchema = z.object({
  key: keySchema,
  name: shortTextSchema.trim().min(1),
  role: shortTextSchema,
  weeklyCapacityHours: z.number().finite().min(0).max(168),
});

const templateTaskSchema = z.object({
  key: keySchema,
  title: shortTextSchema.trim().min(1),
  description: longTextSchema,
  column: z.number().int().min(0).max(49),
  /** Calendar days from the plan's start to the task's start; null for undated work. */
  offsetDays: offsetSchema.nullable(),
  durationDays: z.number().int().min(1).max(3_660),
  roleKey: keySchema.nullable(),
  /** RACI roles by role key. */
  raci: z.record(keySchema, z.enum(RACI_ROLES)),
  priority: z.enum(PRIORITIES),
  estimateHours: z.number().finite().min(0).max(1e6).nullable(),
  plannedCost: z.number().finite().min(0).max(1e12).nullable(),
  tags: z.array(tagSchema).max(50),
  checklist: z.array(shortTextSchema.min(1)).max(500),
  /** Which checklist items are ticked, by position; imports keep this, templates leave it out. */
  checklistDone: z.array(z.boolean()).max(500).optional(),
  /** Percent complete; imports keep it, templates leave it out (a template is work to do). */
  progress: z.number().int().min(0).max(100).optional(),
  completionStandard: longTextSchema,
  parentKey: keySchema.nullable(),
  goalKey: keySchema.nullable(),
  isMilestone: z.boolean(),
  recurrence: z.object({ unit: z.enum(RECURRENCE_UNITS), interval: z.number().int().min(1).max(52) }).nullable(),
  after: z.array(z.object({ key: keySchema, type: z.enum(DEPENDENCY_TYPES), lagDays: z.number().int().min(-3650).max(3650) })).max(100),
});

const templateGoalSchema = z.object({
  key: keySchema,
  title: shortTextSchema.trim().min(1),
  metric: shortTextSchema,
  unit: shortTextSchema,
  baseline: z.number().finite().nullable(),
  target: z.number().finite().nullable(),
  deadlineOffsetDays: offsetSchema.nullable(),
  roleKey: keySchema.nullable(),
});

const templateRiskSchema = z.object({
  title: shortTextSchema.trim().min(1),
  category: z.enum(RISK_CATEGORIES),
  probability: z.number().int().min(1).max(5),
  impact: z.number().int().min(1).max(5),
  response: z.enum(RISK_RESPONSES),
  contingencyPlan: longTextSchema,
  roleKey: keySchema.nullable(),
});

export const templateSchema = z.object({
  id: idSchema,
  name: shortTextSchema.trim().min(1),
  description: longTextSchema,
  createdAt: timestampSchema,
  /** Length of the plan in calendar days, so its end date follows its start. */
  durationDays: z.number().int().min(1).max(3_660),
  budget: z.number().finite().min(0).max(1e12).nullable(),
  calendar: calendarSchema.nullable(),
  columns: z.array(z.object({ name: shortTextSchema.min(1), category: z.enum(COLUMN_CATEGORIES), wipLimit: z.number().int().min(1).max(10_000).nullable() })).min(1).max(50),
  roles: z.array(templateRoleSchema).max(200),
  goals: z.array(templateGoalSchema).max(200),
  tasks: z.array(templateTaskSchema).max(MAX_PLAN_TASKS),
  risks: z.array(templateRiskSchema).max(500),
});

export type PlanTemplate = z.infer<typeof templateSchema>;
export type TemplateTask = z.infer<typeof templateTaskSchema>;
export type TemplateRole = z.infer<typeof templateRoleSchema>;

const validatedTemplates = new WeakSet<PlanTemplate>();

/**
 * A template checked against its schema. One this function returned before is handed back
 * unchecked: an import's preview has validated its template, and validating 10,000 tasks again
 * when the user confirms cost about 70 ms. Templates are never mutated once built.
 */
export function validTemplate(input: unknown): PlanTemplate {
  if (typeof input === 'object' && input !== null && validatedTemplates.has(input as PlanTemplate)) return input as PlanTemplate;
  const valid = validateRecord(templateSchema, input);
  validatedTemplates.add(valid);
  return valid;
}
