import type { Patch } from '../domain/change-set';
import { TABLE_NAMES, type TableName } from '../domain/entities';
import type { WorkspaceRecords } from './record-writes';
import { JOURNAL_PREFIX } from './journal-keys';

// The write journal's rows and how they apply (see JOURNAL_PREFIX in journal-keys.ts). The code
// that writes the database uses it, and loads with Dexie, apart from the first screen's.

const PATCHES_PER_PART = 500;

/** One part of a journaled change set: the patches it holds, and how many parts the change set has. */
export type JournalPart = { revision: number; part: number; parts: number; patches: Patch[] };
export type JournalRow = { key: string; value: JournalPart };

/** Keys sort by revision, then part: the order the journal is applied in. */
const journalKey = (revision: number, part: number) => `${JOURNAL_PREFIX}${String(revision).padStart(12, '0')}:${String(part).padStart(6, '0')}`;

/** The rows that journal a change set saved at `revision`. */
export function journalRows(revision: number, patches: readonly Patch[]): JournalRow[] {
  const parts = Math.max(1, Math.ceil(patches.length / PATCHES_PER_PART));
  return Array.from({ length: parts }, (_, part) => ({
    key: journalKey(revision, part),
    value: { revision, part, parts, patches: patches.slice(part * PATCHES_PER_PART, (part + 1) * PATCHES_PER_PART) },
  }));
}

/**
 * The journaled change sets, oldest first, from the values of the journal rows in key order.
 * A change set missing a part, or a patch that is not one (a hand-edited row), is left out: the
 * rows are written in one transaction, so only damage makes them so, and what they would write
 * cannot be trusted.
 */
export function pendingChangeSets(values: readonly unknown[]): Patch[][] {
  const byRevision = new Map<number, JournalPart[]>();
  for (const value of values) {
    const part = value as Partial<JournalPart> | undefined;
    if (!part || typeof part.revision !== 'number' || typeof part.parts !== 'number' || !Array.isArray(part.patches)) continue;
    const parts = byRevision.get(part.revision) ?? [];
    parts.push(part as JournalPart);
    byRevision.set(part.revision, parts);
  }
  const pending: Patch[][] = [];
  for (const revision of [...byRevision.keys()].sort((a, b) => a - b)) {
    const parts = (byRevision.get(revision) ?? []).sort((a, b) => a.part - b.part);
    const whole = parts.length === parts[0]?.parts && parts.every((p, i) => p.part === i);
    const patches = parts.flatMap((p) => p.patches);
    if (whole && patches.every(isPatch)) pending.push(patches);
  }
  return pending;
}

function isPatch(value: unknown): value is Patch {
  const p = value as Partial<Record<string, unknown>> | null;
  if (!p || typeof p !== 'object' || !TABLE_NAMES.includes(p.table as TableName) || typeof p.id !== 'string') return false;
  if (p.op === 'create') return isObject(p.value);
  if (p.op === 'update') return isObject(p.fields);
  return p.op === 'delete';
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The records as they are once the journaled change sets are written: what the tables will hold.
 * Tables a change set touches come back in id order, as a read of the table returns them.
 */
export function withJournalApplied(records: WorkspaceRecords, pending: readonly Patch[][]): WorkspaceRecords {
  if (pending.length === 0) return records;
  const tables = new Map<TableName, Map<string, unknown>>();
  const tableOf = (name: TableName) => {
    let table = tables.get(name);
    if (!table) tables.set(name, (table = new Map((records[name] as { id: string }[]).map((r) => [r.id, r]))));
    return table;
  };
  for (const patch of pending.flat()) {
    const table = tableOf(patch.table);
    if (patch.op === 'create') table.set(patch.id, patch.value);
    else if (patch.op === 'delete') table.delete(patch.id);
    else {
      // As the tables do: an update of a record that is not there writes nothing.
      const current = table.get(patch.id);
      if (current) table.set(patch.id, { ...(current as object), ...patch.fields });
    }
  }
  const applied = { ...records } as Record<TableName, unknown[]>;
  for (const [name, table] of tables) applied[name] = [...table.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, record]) => record);
  return applied as WorkspaceRecords;
}
