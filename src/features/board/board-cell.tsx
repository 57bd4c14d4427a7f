import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { measureElement, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../domain/column';
import { selectCellTaskIds } from '../../store/board-selectors';
import { useOps } from '../../store/bound-store';
import { knownCardHeight, rememberCardHeight } from './card-heights';
import type { CellDropData } from './drop-target';
import { SortableTaskCard } from './task-card';

type BoardCellProps = { cell: string; column: Column; lane: string; laneLabel: string | null };

const ESTIMATED_CARD_HEIGHT = 96;

/**
 * One column in one lane. Only the cards in view are mounted (a column of 10,000 cards mounts
 * a dozen), which is what keeps dnd-kit fast: it measures only what is mounted.
 */
export function BoardCell({ cell, column, lane, laneLabel }: BoardCellProps) {
  const { t } = useTranslation();
  const taskIds = useOps((s) => selectCellTaskIds(s, cell));
  const scroller = useRef<HTMLDivElement>(null);
  const data: CellDropData = { type: 'cell', cell, columnId: column.id, lane, laneLabel };
  const { setNodeRef, isOver } = useDroppable({ id: `cell:${cell}`, data });

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
    overscan: 6,
    getItemKey,
    initialRect: { width: 280, height: 720 },
  });

  const label = laneLabel ? t('board.cellInLane', { column: column.name, lane: laneLabel }) : column.name;
  return (
    <div ref={setNodeRef} className={isOver ? 'board-cell is-over' : 'board-cell'}>
      <div ref={scroller} className="board-cell-scroll" role="region" aria-label={t('board.cardsIn', { place: label, count: taskIds.length })}>
        <SortableContext id={cell} items={taskIds} strategy={verticalListSortingStrategy}>
          <ul className="card-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const taskId = taskIds[item.index];
              if (!taskId) return null;
              return (
                <li key={taskId} data-index={item.index} data-task-id={taskId} ref={virtualizer.measureElement} className="card-slot" style={{ top: item.start }} aria-setsize={taskIds.length} aria-posinset={item.index + 1}>
                  <SortableTaskCard taskId={taskId} cell={cell} columnId={column.id} lane={lane} laneLabel={laneLabel} t={t} />
                </li>
              );
            })}
          </ul>
        </SortableContext>
        {taskIds.length === 0 && <p className="empty-cell">{t('board.emptyCell')}</p>}
      </div>
    </div>
  );
}
