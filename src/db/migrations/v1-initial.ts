// Version 1 of the database: one table per record type, indexed by what the app queries.
// Each later version gets its own file beside this one, with its upgrade and a test that
// opens real data of the version before.
export const SCHEMA_V1 = {
  plans: 'id',
  columns: 'id, planId',
  tasks: 'id, planId, columnId',
  dependencies: 'id, planId, fromId, toId',
  goals: 'id, planId',
  members: 'id',
  risks: 'id, planId',
  kpis: 'id, planId',
  measurements: 'id, planId, kpiId',
  reviews: 'id, planId',
  meta: 'key',
} as const;
