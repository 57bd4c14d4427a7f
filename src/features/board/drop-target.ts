import { laneFields, type SwimlaneBy } from '../../domain/swimlanes';
import type { MoveTarget } from '../../domain/task-commands';

/** What a card carries while dragged, and what a card or an empty cell offers as a drop target. */
type Place = { cell: string; columnId: string; lane: string; laneLabel: string | null };
export type CardDragData = Place & { type: 'card'; id: string };
export type CellDropData = Place & { type: 'cell' };

/**
 * Where a drop would put the card among the cards of the target cell other than itself: within
 * one cell, dropping on a card takes that card's place (what the sortable preview shows); from
 * another cell the card goes before the card it was dropped on, or last when dropped on the cell
 * itself.
 */
function landingOf(activeId: string, active: CardDragData, over: CardDragData | CellDropData, targetIds: readonly string[]) {
  const sameCell = active.cell === over.cell;
  const others = targetIds.filter((id) => id !== activeId);
  let index = others.length;
  if (over.type === 'card') {
    const position = sameCell ? targetIds.indexOf(over.id) : others.indexOf(over.id);
    if (position >= 0) index = position;
  }
  return { sameCell, others, index };
}

/**
 * Turns a drop into a move between the visible neighbours at the drop position (see landingOf).
 * Returns null when the card would land where it already is.
 */
export function dropTargetOf(
  activeId: string,
  active: CardDragData,
  over: CardDragData | CellDropData,
  targetIds: readonly string[],
  swimlaneBy: SwimlaneBy,
): MoveTarget | null {
  if (over.type === 'card' && over.id === activeId) return null;
  const { sameCell, others, index } = landingOf(activeId, active, over, targetIds);
  if (sameCell && index === targetIds.indexOf(activeId)) return null;
  return {
    columnId: over.columnId,
    beforeId: others[index - 1] ?? null,
    afterId: others[index] ?? null,
    laneFields: sameCell ? {} : laneFields(swimlaneBy, over.lane),
  };
}

/**
 * The place (from 1) a drop would give the card in the target cell, and how many cards the cell
 * would then hold: what a keyboard drag announces at each step, as a sighted user sees the gap.
 */
export function dropPlaceOf(activeId: string, active: CardDragData, over: CardDragData | CellDropData, targetIds: readonly string[]): { place: number; count: number } {
  const { others, index } = landingOf(activeId, active, over, targetIds);
  return { place: index + 1, count: others.length + 1 };
}
