import { SCHEMA_V3 } from './v3-operations';

// Version 4: team sync. A shared plan's Yjs updates are kept beside its records, written in the
// same transaction as the records they produced, so the two never disagree after a crash.
// No row changes shape; the new table starts empty.
export const SCHEMA_V4 = { ...SCHEMA_V3, syncUpdates: '++seq, planId' } as const;
