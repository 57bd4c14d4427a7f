import type { Entities, EntityState, TableName } from './entities';
import { takeTableCopy } from './table-copies';
import { recordTableStep } from './table-lineage';

// Every change to the workspace is a change set of field-level patches. Field level (not whole
// records) is what lets two tabs, or two laptops, edit different fields of one task and keep both.
/** 'rollback' undoes a change set the disk refused, so memory never claims more than was saved. */
export type Origin = 'user' | 'hydrate' | 'undo' | 'tab' | 'remote' | 'rollback';

type PatchOf<T extends TableName> =
  | { table: T; op: 'create'; id: string; value: Entities[T] }
  | { table: T; op: 'update'; id: string; fields: Partial<Entities[T]>; previous: Partial<Entities[T]> }
  | { table: T; op: 'delete'; id: string; previous: Entities[T] };

export type Patch = { [T in TableName]: PatchOf<T> }[TableName];

export type ChangeSet = {
  id: string;
  origin: Origin;
  /** What the user did, for undo tooltips and screen-reader announcements (an i18n key). */
  label: string;
  patches: Patch[];
};

/** Applies patches to normalised state, copying only the tables they touch. */
export function applyPatches(state: EntityState, patches: readonly Patch[]): EntityState {
  if (patches.length === 0) return state;
  const next: Record<string, Record<string, unknown>> = { ...state };
  const touched = new Map<TableName, string[]>();
  for (const patch of patches) {
    let ids = touched.get(patch.table);
    if (!ids) {
      next[patch.table] = takeTableCopy(state[patch.table]);
      touched.set(patch.table, (ids = []));
    }
    ids.push(patch.id);
    const table = next[patch.table] as Record<string, unknown>;
    if (patch.op === 'create') table[patch.id] = patch.value;
    else if (patch.op === 'delete') delete table[patch.id];
    else {
      const current = table[patch.id];
      // An update for a record another tab deleted is dropped rather than resurrecting half a record.
      if (current) table[patch.id] = { ...(current as object), ...patch.fields };
    }
  }
  for (const [name, ids] of touched) recordTableStep(state[name], next[name] as object, ids);
  return next as EntityState;
}

/** The patches that undo `patches`, in reverse order. */
export function invertPatches(patches: readonly Patch[]): Patch[] {
  return patches
    .map((patch): Patch => {
      if (patch.op === 'create') return { table: patch.table, op: 'delete', id: patch.id, previous: patch.value } as Patch;
      if (patch.op === 'delete') return { table: patch.table, op: 'create', id: patch.id, value: patch.previous } as Patch;
      return { table: patch.table, op: 'update', id: patch.id, fields: patch.previous, previous: patch.fields } as Patch;
    })
    .reverse();
}

/**
 * An update patch holding only the fields that really change, with their previous values;
 * null when nothing changes, so a no-op save leaves no undo step.
 */
export function diffUpdate<T extends TableName>(table: T, current: Entities[T], fields: Partial<Entities[T]>): Patch | null {
  const changed: Record<string, unknown> = {};
  const previous: Record<string, unknown> = {};
  const before = current as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || sameValue(before[key], value)) continue;
    changed[key] = value;
    previous[key] = before[key];
  }
  if (Object.keys(changed).length === 0) return null;
  return { table, op: 'update', id: current.id, fields: changed, previous } as Patch;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
