import { cellKey, type BoardCells } from './board-layout';
import type { Column } from './column';
import { compareRanks } from './rank';
import { laneKeyOf, type SwimlaneBy } from './swimlanes';
import type { Task } from './task';

/** One task as it was and as it is now (undefined: not there, or not in this plan). */
export type TaskChange = { before: Task | undefined; after: Task | undefined };

/**
 * The board after a few tasks changed, from the board before: each change leaves its old cell
 * and enters its new one at its rank, and untouched cells keep their arrays, so their columns
 * do not re-render. Dragging one card among 10,000 no longer re-sorts them all. Returns null
 * when a change needs a lane the board does not show yet: the caller lays the board out afresh.
 * The result equals `layoutBoard` on the new tasks (tested on random changes).
 */
export function updateBoardLayout(
  previous: BoardCells,
  changes: readonly TaskChange[],
  columns: readonly Column[],
  visible: (task: Task) => boolean,
  by: SwimlaneBy,
  /** The current tasks by id: the ranks of the cells' other cards. */
  taskOf: (id: string) => Task | undefined,
): BoardCells | null {
  const columnIds = new Set(columns.map((c) => c.id));
  const lanes = new Set(previous.lanes);
  const cells = new Map(previous.cells);
  const columnCounts = new Map(previous.columnCounts);
  const copied = new Set<string>();
  const cellFor = (key: string) => {
    if (!copied.has(key)) {
      cells.set(key, [...(cells.get(key) ?? [])]);
      copied.add(key);
    }
    return cells.get(key) as string[];
  };

  for (const { before } of changes) {
    if (!before || !columnIds.has(before.columnId)) continue;
    columnCounts.set(before.columnId, (columnCounts.get(before.columnId) ?? 0) - 1);
    if (!visible(before)) continue;
    const key = cellKey(before.columnId, laneKeyOf(before, by));
    const ids = cellFor(key);
    const at = ids.indexOf(before.id);
    if (at >= 0) ids.splice(at, 1);
  }
  for (const { after } of changes) {
    if (!after || !columnIds.has(after.columnId)) continue;
    columnCounts.set(after.columnId, (columnCounts.get(after.columnId) ?? 0) + 1);
    if (!visible(after)) continue;
    const lane = laneKeyOf(after, by);
    if (!lanes.has(lane)) return null;
    insertByRank(cellFor(cellKey(after.columnId, lane)), after, taskOf);
  }
  // A cell emptied by the changes disappears, as it does when laid out afresh.
  for (const key of copied) if (cells.get(key)?.length === 0) cells.delete(key);
  return { lanes: previous.lanes, cells, columnCounts };
}

/** Inserts at the rank position by binary search. */
function insertByRank(ids: string[], task: Task, taskOf: (id: string) => Task | undefined): void {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = taskOf(ids[middle] as string);
    if (other && compareRanks(other, task) < 0) low = middle + 1;
    else high = middle;
  }
  ids.splice(low, 0, task.id);
}
