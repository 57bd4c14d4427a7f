import * as z from 'zod/mini';
import { calendarSchema } from './calendar';
import { COLUMN_CATEGORIES } from './column';
import { DEPENDENCY_TYPES } from './dependency';
import { RISK_CATEGORIES, RISK_RESPONSES } from './risk';
import { validateRecord } from './errors';
import { boundedNumber, idSchema, list, longTextSchema, shortTextSchema, tagSchema, text, timestampSchema, trimmedText, wholeNumber } from './schema-primitives';
import { PRIORITIES, RACI_ROLES, RECURRENCE_UNITS } from './task';

// A plan template keeps the shape of a plan with dates relative to its start, so it can be
// laid down again on any start date. Keys tie tasks, roles and goals together inside it.
const keySchema = text(60, 1);
/** Imports go through templates too, so this is also the largest plan a file can bring in. */
export const MAX_PLAN_TASKS = 20_000;
const offsetSchema = wholeNumber(0, 3_660);

const templateRoleSchema = z.object({
  key: keySchema,
  name: trimmedText(500),
  role: shortTextSchema,
  weeklyCapacityHours: boundedNumber(0, 168),
});

const templateTaskSchema = z.object({
  key: keySchema,
  title: trimmedText(500),
  description: longTextSchema,
  column: wholeNumber(0, 49),
  /** Calendar days from the plan's start to the task's start; null for undated work. */
  offsetDays: z.nullable(offsetSchema),
  durationDays: wholeNumber(1, 3_660),
  roleKey: z.nullable(keySchema),
  /** RACI roles by role key. */
  raci: z.record(keySchema, z.enum(RACI_ROLES)),
  priority: z.enum(PRIORITIES),
  estimateHours: z.nullable(boundedNumber(0, 1e6)),
  plannedCost: z.nullable(boundedNumber(0, 1e12)),
  tags: list(tagSchema, 50),
  checklist: list(text(500, 1), 500),
  /** Which checklist items are ticked, by position; imports keep this, templates leave it out. */
  checklistDone: z.optional(list(z.boolean(), 500)),
  /** Percent complete; imports keep it, templates leave it out (a template is work to do). */
  progress: z.optional(wholeNumber(0, 100)),
  completionStandard: longTextSchema,
  parentKey: z.nullable(keySchema),
  goalKey: z.nullable(keySchema),
  isMilestone: z.boolean(),
  recurrence: z.nullable(z.object({ unit: z.enum(RECURRENCE_UNITS), interval: wholeNumber(1, 52) })),
  after: list(z.object({ key: keySchema, type: z.enum(DEPENDENCY_TYPES), lagDays: wholeNumber(-3650, 3650) }), 100),
}).check(z.refine((t) => t.parentKey !== t.key, { message: 'a task cannot be its own parent', path: ['parentKey'] }));

const templateGoalSchema = z.object({
  key: keySchema,
  title: trimmedText(500),
  metric: shortTextSchema,
  unit: shortTextSchema,
  baseline: z.nullable(z.number()),
  target: z.nullable(z.number()),
  deadlineOffsetDays: z.nullable(offsetSchema),
  roleKey: z.nullable(keySchema),
});

const templateRiskSchema = z.object({
  title: trimmedText(500),
  category: z.enum(RISK_CATEGORIES),
  probability: wholeNumber(1, 5),
  impact: wholeNumber(1, 5),
  response: z.enum(RISK_RESPONSES),
  contingencyPlan: longTextSchema,
  roleKey: z.nullable(keySchema),
});

export const templateSchema = z.object({
  id: idSchema,
  name: trimmedText(500),
  description: longTextSchema,
  createdAt: timestampSchema,
  /** Length of the plan in calendar days, so its end date follows its start. */
  durationDays: wholeNumber(1, 3_660),
  budget: z.nullable(boundedNumber(0, 1e12)),
  calendar: z.nullable(calendarSchema),
  columns: list(z.object({ name: text(500, 1), category: z.enum(COLUMN_CATEGORIES), wipLimit: z.nullable(wholeNumber(1, 10_000)) }), 50, 1),
  roles: list(templateRoleSchema, 200),
  goals: list(templateGoalSchema, 200),
  tasks: list(templateTaskSchema, MAX_PLAN_TASKS),
  risks: list(templateRiskSchema, 500),
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
