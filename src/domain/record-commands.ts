import { diffUpdate, type Patch } from './change-set';
import type { Entities, EntityState } from './entities';
import { DomainError, validateRecord } from './errors';
import { RECORD_SCHEMAS } from './record-schemas';

type SimpleTable = 'goals' | 'risks' | 'reviews';
const NAMES: Record<SimpleTable, string> = { goals: 'goal', risks: 'risk', reviews: 'review' };

/** Edits a record whose fields stand alone (goals, risks, reviews): validate the result, write the changed fields. */
export function updateRecordPatches<T extends SimpleTable>(state: EntityState, table: T, id: string, fields: Partial<Entities[T]>): Patch[] {
  const record = state[table][id];
  if (!record) throw new DomainError('not-found', `${NAMES[table]} not found`);
  validateRecord(RECORD_SCHEMAS[table], { ...record, ...fields });
  const patch = diffUpdate(table, record, fields);
  return patch ? [patch] : [];
}

/** Deletes a record nothing else points at; undo brings it back whole. */
export function deleteRecordPatches(state: EntityState, table: 'risks' | 'reviews', id: string): Patch[] {
  const record = state[table][id];
  if (!record) throw new DomainError('not-found', `${NAMES[table]} not found`);
  return [{ table, op: 'delete', id, previous: record } as Patch];
}
