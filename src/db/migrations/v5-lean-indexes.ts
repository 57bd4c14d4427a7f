import { SCHEMA_V4 } from './v4-sync';

// Version 5: record tables keep their primary key only. The app reads every record at start and
// never queries by plan, column or link end, so those indexes were written with every record and
// never read: an import of 10,000 tasks wrote three index entries per task. Dropping an index
// changes no row; the sync log and the meta table keep the indexes they are queried by.
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  columns: 'id',
  tasks: 'id',
  dependencies: 'id',
  goals: 'id',
  risks: 'id',
  kpis: 'id',
  measurements: 'id',
  reviews: 'id',
  baselines: 'id',
} as const;
