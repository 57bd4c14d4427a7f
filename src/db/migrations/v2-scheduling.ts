import type { Transaction } from 'dexie';
import { STANDARD_CALENDAR } from '../../domain/calendar';
import { SCHEMA_V1 } from './v1-initial';

// Version 2: the timeline. Plans get a working calendar, tasks a scheduling mode, and
// baselines get their own table.
export const SCHEMA_V2 = { ...SCHEMA_V1, baselines: 'id, planId' } as const;

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('plans').toCollection().modify((plan: { calendar?: unknown }) => {
    plan.calendar ??= STANDARD_CALENDAR;
  });
  await tx.table('tasks').toCollection().modify((task: { schedulingMode?: unknown }) => {
    task.schedulingMode ??= 'auto';
  });
}
