import * as z from 'zod/mini';
import { idSchema, isoDateSchema, list, shortTextSchema, trimmedText } from './schema-primitives';

export const KPI_DIRECTIONS = ['increase', 'decrease'] as const;

// A hand-entered business metric (DAU, retention, conversion …) with dated measurements.
export const kpiSchema = z.object({
  id: idSchema,
  planId: idSchema,
  name: trimmedText(500),
  unit: shortTextSchema,
  direction: z.enum(KPI_DIRECTIONS),
  baseline: z.nullable(z.number()),
  target: z.nullable(z.number()),
  goalIds: list(idSchema, 200),
  taskIds: list(idSchema, 1_000),
});

export const measurementSchema = z.object({
  id: idSchema,
  kpiId: idSchema,
  planId: idSchema,
  date: isoDateSchema,
  value: z.number(),
  note: shortTextSchema,
});

export type Kpi = z.infer<typeof kpiSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
