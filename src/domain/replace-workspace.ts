import type { Patch } from './change-set';
import { TABLE_NAMES, type EntityState } from './entities';

/**
 * Replaces the whole workspace: one change set, so one transaction and one undo. Kept apart from
 * the backup file's reader so the store does not carry the file formats' code.
 */
export function replaceWorkspacePatches(current: EntityState, next: EntityState): Patch[] {
  const patches: Patch[] = [];
  for (const table of TABLE_NAMES) {
    for (const record of Object.values(current[table])) patches.push({ table, op: 'delete', id: record.id, previous: record } as Patch);
  }
  for (const table of TABLE_NAMES) {
    for (const record of Object.values(next[table])) patches.push({ table, op: 'create', id: record.id, value: record } as Patch);
  }
  return patches;
}
