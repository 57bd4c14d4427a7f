import { z } from 'zod';
import { idSchema, isoDateSchema, shortTextSchema } from './schema-primitives';

export const KPI_DIRECTIONS = ['increase', 'decrease'] as const;

// A hand-entered business metric (DAU, retention, conversion …) with dated measurements.
export const kpiSchema = z.object({
  id: idSchema,
  planId: idSchema,
  name: shortTextSchema.trim().min(1),
  unit: shortTextSchema,
  direction: z.enum(KPI_DIRECTIONS),
  baseline: z.number().finite().nullable(),
  target: z.number().finite().nullable(),
  goalIds: z.array(idSchema).max(200),
  taskIds: z.array(idSchema).max(1_000),
});

export const measurementSchema = z.object({
  id: idSchema,
  kpiId: idSchema,
  planId: idSchema,
  date: isoDateSchema,
  value: z.number().finite(),
  note: shortTextSchema,
});

export type Kpi = z.infer<typeof kpiSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
