/**
 * Card heights as last measured, by task id, shared by every cell of the board. A card dropped
 * into another column is new to that column's virtualizer: estimated at a guess, its first
 * measurement differs and the column is laid out and rendered a second time within the drop.
 * Estimated at its known height, the measurement matches and that second pass never happens.
 */
const heights = new Map<string, number>();

export function knownCardHeight(taskId: string | undefined): number | undefined {
  return taskId === undefined ? undefined : heights.get(taskId);
}

export function rememberCardHeight(taskId: string, height: number): void {
  heights.set(taskId, height);
}
