import type { DroppableContainer, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { CardDragData, CellDropData } from './drop-target';

const columnOf = (container: DroppableContainer | undefined) => (container?.data.current as CardDragData | CellDropData | undefined)?.columnId;

/**
 * Arrow keys during a keyboard drag. Left and right change column as dnd-kit's sortable getter
 * does; up and down stay in the column the card is over (crossing its lanes). The stock getter
 * compares heights only, so Down on the last card of a column jumped to whichever card of a
 * neighbouring column sat lower — a surprise for someone who cannot see the board.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const vertical = event.code === 'ArrowUp' || event.code === 'ArrowDown';
  const over = args.context.over;
  const column = over ? columnOf(args.context.droppableContainers.get(over.id)) : undefined;
  if (!vertical || !column) return sortableKeyboardCoordinates(event, args);
  const all = args.context.droppableContainers;
  // Only what the stock getter reads of the map: the enabled targets, and lookups by id.
  const inColumn = {
    getEnabled: () => all.getEnabled().filter((container) => columnOf(container) === column),
    get: (id: Parameters<typeof all.get>[0]) => all.get(id),
  };
  return sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers: inColumn as unknown as typeof all } });
};
