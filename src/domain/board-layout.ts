import type { Column } from './column';
import { compareRanks } from './rank';
import { laneKeyOf, type SwimlaneBy } from './swimlanes';
import type { Task } from './task';

export type BoardCells = {
  /** Lane keys in display order ('all' alone when there are no swimlanes). */
  lanes: string[];
  /** Visible task ids per cell, in rank order, keyed by `cellKey(columnId, lane)`. */
  cells: Map<string, string[]>;
  /** All tasks per column regardless of filters: what WIP limits count. */
  columnCounts: Map<string, number>;
};

export function cellKey(columnId: string, lane: string): string {
  return `${columnId}|${lane}`;
}

/**
 * Groups a plan's tasks into board cells in one pass plus one sort per cell.
 * `laneOrder` ranks lane keys (members, priorities or goals in their own order).
 */
export function layoutBoard(
  tasks: readonly Task[],
  columns: readonly Column[],
  visible: (task: Task) => boolean,
  by: SwimlaneBy,
  laneOrder: readonly string[],
): BoardCells {
  const columnIds = new Set(columns.map((c) => c.id));
  const buckets = new Map<string, Task[]>();
  const columnCounts = new Map<string, number>(columns.map((c) => [c.id, 0]));
  const usedLanes = new Set<string>(by === 'none' ? ['all'] : []);
  for (const task of tasks) {
    if (!columnIds.has(task.columnId)) continue;
    columnCounts.set(task.columnId, (columnCounts.get(task.columnId) ?? 0) + 1);
    if (!visible(task)) continue;
    const lane = laneKeyOf(task, by);
    usedLanes.add(lane);
    const key = cellKey(task.columnId, lane);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(task);
    else buckets.set(key, [task]);
  }
  const cells = new Map<string, string[]>();
  for (const [key, bucket] of buckets) cells.set(key, bucket.sort(compareRanks).map((t) => t.id));
  // Known lanes show even when empty so a card can be dropped into them; unknown keys go last.
  const lanes = by === 'none' ? ['all'] : [...laneOrder, ...[...usedLanes].filter((l) => !laneOrder.includes(l))];
  return { lanes, cells, columnCounts };
}
