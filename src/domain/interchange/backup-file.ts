import { TABLE_NAMES, type EntityState, type TableName } from '../entities';

// A full backup: every record of every plan, with a format name and version so a restore knows
// what it reads. Writing one needs nothing else, so the notice that offers a backup when the disk
// refuses a change does not carry the reader (backup.ts) with it.

export const BACKUP_FORMAT = 'opsplan-backup';
export const BACKUP_VERSION = 1;

export type Backup = { format: typeof BACKUP_FORMAT; version: number; exportedAt: string; tables: { [T in TableName]: unknown[] } };

export function createBackup(state: EntityState, now: string): string {
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, Object.values(state[t])])) as Backup['tables'];
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, tables } satisfies Backup);
}
