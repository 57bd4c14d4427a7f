import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, shortTextSchema } from './schema-primitives';

export const RISK_CATEGORIES = ['market', 'technical', 'financial', 'operational', 'people', 'legal'] as const;
export const RISK_RESPONSES = ['avoid', 'transfer', 'mitigate', 'accept'] as const;
export const RISK_STATUSES = ['identified', 'assessed', 'responding', 'monitoring', 'closed'] as const;

export const riskSchema = z.object({
  id: idSchema,
  planId: idSchema,
  title: shortTextSchema.trim().min(1),
  description: longTextSchema,
  category: z.enum(RISK_CATEGORIES),
  probability: z.number().int().min(1).max(5),
  impact: z.number().int().min(1).max(5),
  ownerId: idSchema.nullable(),
  response: z.enum(RISK_RESPONSES),
  contingencyPlan: longTextSchema,
  trigger: shortTextSchema,
  reviewDate: isoDateSchema.nullable(),
  status: z.enum(RISK_STATUSES),
  taskIds: z.array(idSchema).max(1_000),
});

export type Risk = z.infer<typeof riskSchema>;

/** Probability × impact on 1–5 scales: 1 to 25, as in a classic 5×5 heat map. */
export function riskScore(risk: Pick<Risk, 'probability' | 'impact'>): number {
  return risk.probability * risk.impact;
}
