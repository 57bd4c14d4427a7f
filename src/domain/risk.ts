import * as z from 'zod/mini';
import { idSchema, isoDateSchema, list, longTextSchema, shortTextSchema, trimmedText, wholeNumber } from './schema-primitives';

export const RISK_CATEGORIES = ['market', 'technical', 'financial', 'operational', 'people', 'legal'] as const;
export const RISK_RESPONSES = ['avoid', 'transfer', 'mitigate', 'accept'] as const;
export const RISK_STATUSES = ['identified', 'assessed', 'responding', 'monitoring', 'closed'] as const;

export const riskSchema = z.object({
  id: idSchema,
  planId: idSchema,
  title: trimmedText(500),
  description: longTextSchema,
  category: z.enum(RISK_CATEGORIES),
  probability: wholeNumber(1, 5),
  impact: wholeNumber(1, 5),
  ownerId: z.nullable(idSchema),
  response: z.enum(RISK_RESPONSES),
  contingencyPlan: longTextSchema,
  trigger: shortTextSchema,
  reviewDate: z.nullable(isoDateSchema),
  status: z.enum(RISK_STATUSES),
  taskIds: list(idSchema, 1_000),
});

export type Risk = z.infer<typeof riskSchema>;

/** Probability × impact on 1–5 scales: 1 to 25, as in a classic 5×5 heat map. */
export function riskScore(risk: Pick<Risk, 'probability' | 'impact'>): number {
  return risk.probability * risk.impact;
}
