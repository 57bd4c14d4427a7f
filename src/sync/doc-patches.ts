import type * as Y from 'yjs';
import { diffUpdate, type Patch } from '../domain/change-set';
import type { EntityState } from '../domain/entities';
import { RECORD_SCHEMAS } from '../domain/record-schemas';
import type { SharedTable } from '../domain/shared-plan-scope';
import { readRecordFields, tableOf } from './record-doc';

export type DirtyRecords = Map<SharedTable, Set<string>>;

export type DocPatches = {
  patches: Patch[];
  /** Records a teammate's build wrote in a shape this build refuses; they stay out of the store. */
  invalid: number;
};

function addDirty(dirty: DirtyRecords, table: SharedTable, id: string): void {
  let ids = dirty.get(table);
  if (!ids) dirty.set(table, (ids = new Set()));
  ids.add(id);
}

/**
 * The patches that bring the store's copy of the given records in line with the document.
 * Every record is validated as if it came from a file: a teammate's laptop is not trusted
 * further than an import.
 */
export function patchesFromDoc(doc: Y.Doc, dirty: DirtyRecords, state: EntityState): DocPatches {
  const patches: Patch[] = [];
  let invalid = 0;
  const visit = (table: SharedTable, id: string) => {
    const fields = readRecordFields(doc, table, id);
    const current = state[table][id] as { id: string } | undefined;
    if (!fields) {
      if (current) patches.push({ table, op: 'delete', id, previous: current } as Patch);
      return;
    }
    const parsed = RECORD_SCHEMAS[table].safeParse(fields);
    if (!parsed.success || parsed.data.id !== id) {
      invalid++;
      return;
    }
    if (!current) patches.push({ table, op: 'create', id, value: parsed.data } as Patch);
    else {
      const update = diffUpdate(table, current as never, parsed.data as never);
      if (update) patches.push(update);
    }
  };
  // Tasks come back with their links: a dependency waits in the document until both ends exist here.
  for (const [table, ids] of dirty) {
    if (table !== 'tasks') continue;
    for (const id of ids) if (!state.tasks[id] && readRecordFields(doc, 'tasks', id)) linksOf(doc, id).forEach((dep) => addDirty(dirty, 'dependencies', dep));
  }
  for (const [table, ids] of dirty) for (const id of ids) visit(table, id);
  return { patches: withoutDanglingLinks(patches, state), invalid };
}

function linksOf(doc: Y.Doc, taskId: string): string[] {
  const found: string[] = [];
  for (const [id, record] of tableOf(doc, 'dependencies').entries()) {
    if (record.get('fromId') === taskId || record.get('toId') === taskId) found.push(id);
  }
  return found;
}

/**
 * Keeps the store free of links to tasks it does not have: a link created to a task another
 * laptop deleted stays in the document (it returns if the task does), and links to a task
 * deleted here leave the store with it.
 */
function withoutDanglingLinks(patches: Patch[], state: EntityState): Patch[] {
  const deletedTasks = new Set(patches.filter((p) => p.table === 'tasks' && p.op === 'delete').map((p) => p.id));
  const createdTasks = new Set(patches.filter((p) => p.table === 'tasks' && p.op === 'create').map((p) => p.id));
  const hasTask = (id: string) => createdTasks.has(id) || (!!state.tasks[id] && !deletedTasks.has(id));
  const kept = patches.filter((p) => {
    if (p.table !== 'dependencies' || p.op !== 'create') return true;
    return hasTask(p.value.fromId) && hasTask(p.value.toId);
  });
  if (deletedTasks.size === 0) return kept;
  const deletedLinks = new Set(kept.filter((p) => p.table === 'dependencies' && p.op === 'delete').map((p) => p.id));
  for (const dependency of Object.values(state.dependencies)) {
    if (deletedLinks.has(dependency.id)) continue;
    if (hasTask(dependency.fromId) && hasTask(dependency.toId)) continue;
    kept.push({ table: 'dependencies', op: 'delete', id: dependency.id, previous: dependency });
  }
  return kept;
}
