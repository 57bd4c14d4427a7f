import { diffUpdate, type Patch } from './change-set';
import { columnSchema, type Column } from './column';
import type { EntityState } from './entities';
import { DomainError, validateRecord } from './errors';
import { compareRanks, rankBetween } from './rank';

export function selectPlanColumns(state: EntityState, planId: string): Column[] {
  return Object.values(state.columns).filter((c) => c.planId === planId).sort(compareRanks);
}

export function addColumnPatches(state: EntityState, input: Pick<Column, 'id' | 'planId' | 'name'> & Partial<Column>): Patch[] {
  const columns = selectPlanColumns(state, input.planId);
  const column = validateRecord(columnSchema, {
    category: 'doing',
    wipLimit: null,
    rank: rankBetween(columns.at(-1)?.rank ?? null, null),
    ...input,
  });
  return [{ table: 'columns', op: 'create', id: column.id, value: column }];
}

export function updateColumnPatches(state: EntityState, columnId: string, fields: Partial<Pick<Column, 'name' | 'wipLimit' | 'category'>>): Patch[] {
  const column = requireColumn(state, columnId);
  validateRecord(columnSchema, { ...column, ...fields });
  const patch = diffUpdate('columns', column, fields);
  return patch ? [patch] : [];
}

/** Moves a column one place left (-1) or right (+1); at either end nothing changes. */
export function shiftColumnPatches(state: EntityState, columnId: string, direction: -1 | 1): Patch[] {
  const column = requireColumn(state, columnId);
  const columns = selectPlanColumns(state, column.planId);
  const index = columns.findIndex((c) => c.id === columnId);
  const target = index + direction;
  if (target < 0 || target >= columns.length) return [];
  const others = columns.filter((c) => c.id !== columnId);
  const before = others[target - 1]?.rank ?? null;
  const after = others[target]?.rank ?? null;
  const patch = diffUpdate('columns', column, { rank: rankBetween(before, after) });
  return patch ? [patch] : [];
}

/** Deletes a column after moving its cards, in order, to the end of another column: no card is lost. */
export function deleteColumnPatches(state: EntityState, columnId: string, targetColumnId: string): Patch[] {
  const column = requireColumn(state, columnId);
  const columns = selectPlanColumns(state, column.planId);
  if (columns.length <= 1) throw new DomainError('last-column', 'a plan needs at least one column');
  const target = requireColumn(state, targetColumnId);
  if (target.id === column.id || target.planId !== column.planId) throw new DomainError('invalid', 'choose another column of this plan');

  const tasks = Object.values(state.tasks);
  const moving = tasks.filter((t) => t.columnId === columnId).sort(compareRanks);
  let last = tasks.filter((t) => t.columnId === target.id).sort(compareRanks).at(-1)?.rank ?? null;
  const patches: Patch[] = moving.map((task) => {
    const rank = rankBetween(last, null);
    last = rank;
    return { table: 'tasks', op: 'update', id: task.id, fields: { columnId: target.id, rank }, previous: { columnId: task.columnId, rank: task.rank } };
  });
  patches.push({ table: 'columns', op: 'delete', id: columnId, previous: column });
  return patches;
}

function requireColumn(state: EntityState, columnId: string): Column {
  const column = state.columns[columnId];
  if (!column) throw new DomainError('not-found', 'column not found');
  return column;
}
