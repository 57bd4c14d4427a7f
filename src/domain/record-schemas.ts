import type * as z from 'zod/mini';
import { baselineSchema } from './baseline';
import { columnSchema } from './column';
import { dependencySchema } from './dependency';
import type { Entities, TableName } from './entities';
import { goalSchema } from './goal';
import { kpiSchema, measurementSchema } from './kpi';
import { memberSchema } from './member';
import { planSchema } from './plan';
import { reviewSchema } from './review';
import { riskSchema } from './risk';
import { taskSchema } from './task';
import { templateSchema } from './template';

export const RECORD_SCHEMAS: { [T in TableName]: z.ZodMiniType<Entities[T]> } = {
  plans: planSchema, columns: columnSchema, tasks: taskSchema, dependencies: dependencySchema, goals: goalSchema,
  members: memberSchema, risks: riskSchema, kpis: kpiSchema, measurements: measurementSchema, reviews: reviewSchema, baselines: baselineSchema,
  templates: templateSchema,
};

/** Splits stored rows into valid records and a count of rows that no longer fit their schema. */
export function partitionValidRecords<T extends TableName>(table: T, rows: readonly unknown[]): { valid: Entities[T][]; invalid: number } {
  const valid: Entities[T][] = [];
  let invalid = 0;
  for (const row of rows) {
    const result = RECORD_SCHEMAS[table].safeParse(row);
    if (result.success) valid.push(result.data);
    else invalid++;
  }
  return { valid, invalid };
}

/** Whether a record still fits its table's schema. */
export function fitsItsSchema(table: TableName, record: unknown): boolean {
  return RECORD_SCHEMAS[table].safeParse(record).success;
}
