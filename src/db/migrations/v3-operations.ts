import type { Transaction } from 'dexie';
import { SCHEMA_V2 } from './v2-scheduling';

// Version 3: the operations cycle. Tasks may repeat and remember when work on them started
// (for cumulative flow); plans can be saved as templates, kept in their own table.
export const SCHEMA_V3 = { ...SCHEMA_V2, templates: 'id' } as const;

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx.table('tasks').toCollection().modify((task: { recurrence?: unknown; startedAt?: unknown }) => {
    task.recurrence ??= null;
    // When work began on tasks already under way was never recorded; null says "unknown".
    task.startedAt ??= null;
  });
}
