import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, measureElement, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { memo, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../domain/column';
import { selectCellTaskIds } from '../../store/board-selectors';
import { useOps } from '../../store/bound-store';
import { useStableIds } from '../../ui/use-stable-ids';
import { knownCardHeight, rememberCardHeight } from './card-heights';
import type { CellDropData } from './drop-target';
import { SortableTaskCard } from './task-card';

type BoardCellProps = { cell: string; column: Column; lane: string; laneLabel: string | null };

/**
 * The height of a card with a one-line title and its meta row, the shortest a card is: a card
 * never measured is guessed at it. A guess above the real height mounts too few cards, and the
 * column grows in further renders once they are measured (at a cold start with 10,000 tasks, two
 * more renders and a layout of the board after the first); a guess below mounts a few cards
 * more, which the measuring render takes out again.
 */
const ESTIMATED_CARD_HEIGHT = 60;

/**
 * One column in one lane. Only the cards in view are mounted (a column of 10,000 cards mounts
 * a dozen), which is what keeps dnd-kit fast: it measures only what is mounted.
 */
export function BoardCell({ cell, column, lane, laneLabel }: BoardCellProps) {
  const { t } = useTranslation();
  const taskIds = useOps((s) => selectCellTaskIds(s, cell));
  const scroller = useRef<HTMLDivElement>(null);
  const data: CellDropData = { type: 'cell', cell, columnId: column.id, lane, laneLabel };
  const { setNodeRef, isOver, active } = useDroppable({ id: `cell:${cell}`, data });
  // The lifted card stays mounted while the list scrolls under it: it holds the keyboard focus,
  // and dnd-kit needs its element to show where it would land.
  const activeIndex = active ? taskIds.indexOf(String(active.id)) : -1;
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    return activeIndex < 0 || indexes.includes(activeIndex) ? indexes : [...indexes, activeIndex].sort((a, b) => a - b);
  }, [activeIndex]);

  // A new key function makes the virtualizer lay out every item again; a drop re-renders every
  // cell, so the function changes only with the cell's own list.
  const getItemKey = useCallback((index: number) => taskIds[index] ?? index, [taskIds]);
  const virtualizer = useVirtualizer({
    count: taskIds.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => knownCardHeight(taskIds[index]) ?? ESTIMATED_CARD_HEIGHT,
    measureElement: (element, entry, instance) => {
      const height = measureElement(element, entry, instance);
      const taskId = (element as HTMLElement).dataset.taskId;
      // A card measured while not laid out (0 px: hidden, or in a test DOM) keeps its estimate
      // rather than collapsing the list onto one point.
      if (height === 0) return knownCardHeight(taskId) ?? ESTIMATED_CARD_HEIGHT;
      if (taskId) rememberCardHeight(taskId, height);
      return height;
    },
    // One card past each edge is enough for the keyboard's next step to have a card to go to (the
    // list then scrolls to it). Each mounted card is drawn twice at a drop (dnd-kit's context
    // changes twice), so three past each edge cost a drop ten cards more at 1400x900.
    overscan: 1,
    getItemKey,
    rangeExtractor,
    initialRect: { width: 280, height: 720 },
  });

  const virtualItems = virtualizer.getVirtualItems();
  // dnd-kit is given the mounted cards only: it sorts its items' rectangles at every drop and
  // measure, and a column of 2,000 ids cost more than the cards on screen. Only mounted cards
  // have rectangles to sort, so the preview and the drop are the same.
  const mountedIds = useStableIds(virtualItems.flatMap((item) => taskIds[item.index] ?? []));

  // The cell re-renders at every step of a drag; its name changes only with its count.
  const regionLabel = useMemo(() => {
    const place = laneLabel ? t('board.cellInLane', { column: column.name, lane: laneLabel }) : column.name;
    return t('board.cardsIn', { place, count: taskIds.length });
  }, [t, column.name, laneLabel, taskIds.length]);
  return (
    <div ref={setNodeRef} className={isOver ? 'board-cell is-over' : 'board-cell'}>
      <div ref={scroller} className="board-cell-scroll" role="region" aria-label={regionLabel}>
        <SortableContext id={cell} items={mountedIds} strategy={verticalListSortingStrategy}>
          <ul className="card-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualItems.map((item) => {
              const taskId = taskIds[item.index];
              if (!taskId) return null;
              return <CardSlot key={taskId} taskId={taskId} index={item.index} top={item.start} count={taskIds.length} measure={virtualizer.measureElement} cell={cell} columnId={column.id} lane={lane} laneLabel={laneLabel} t={t} />;
            })}
          </ul>
        </SortableContext>
        {taskIds.length === 0 && <p className="empty-cell">{t('board.emptyCell')}</p>}
      </div>
    </div>
  );
}

type CardSlotProps = { taskId: string; index: number; top: number; count: number; measure: (element: Element | null) => void; cell: string; columnId: string; lane: string; laneLabel: string | null; t: TFunction };

/**
 * A card's place in the windowed list. Memoised: the cell re-renders at every step of a drag and
 * at the drop (dnd-kit's context), and a slot whose place did not change is left alone.
 */
const CardSlot = memo(function CardSlot({ taskId, index, top, count, measure, cell, columnId, lane, laneLabel, t }: CardSlotProps) {
  return (
    <li data-index={index} data-task-id={taskId} ref={measure} className="card-slot" style={{ top }} aria-setsize={count} aria-posinset={index + 1}>
      <SortableTaskCard taskId={taskId} cell={cell} columnId={columnId} lane={lane} laneLabel={laneLabel} t={t} />
    </li>
  );
});
