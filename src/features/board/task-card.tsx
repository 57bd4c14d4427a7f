import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { TFunction } from 'i18next';
import { memo, useMemo, type KeyboardEvent } from 'react';
import { useOps } from '../../store/bound-store';
import type { CardDragData } from './drop-target';
import { TaskCardBody } from './task-card-body';

/**
 * `t` comes from the cell rather than from useTranslation here: every mounted card re-renders when
 * a drag ends, and the hook's own bookkeeping was a sixth of a drop's time at 10,000 tasks.
 */
type SortableTaskCardProps = { taskId: string; cell: string; columnId: string; lane: string; laneLabel: string | null; t: TFunction };

/**
 * A card on the board. The whole card can be dragged with a mouse or a finger; the grip button
 * is the keyboard handle (Space lifts, arrows move, Space drops), and the title opens the editor.
 *
 * dnd-kit re-renders every mounted card at each step of a drag and at the drop, so this part only
 * reads the drag state; the card's elements are drawn by CardFrame, which re-renders only for the
 * cards whose place or state changed. The shift animation while sorting is a CSS transition on
 * the board (`.is-sorting`), not dnd-kit's inline one, which changes on every card at a drop.
 */
export const SortableTaskCard = memo(function SortableTaskCard({ taskId, cell, columnId, lane, laneLabel, t }: SortableTaskCardProps) {
  const title = useOps((s) => s.data.tasks[taskId]?.title ?? '');
  const handleLabel = useMemo(() => t('board.dragHandle', { title }), [t, title]);
  const data: CardDragData = { type: 'card', id: taskId, cell, columnId, lane, laneLabel };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useSortable({ id: taskId, data, animateLayoutChanges: noLayoutAnimation });
  return (
    <CardFrame
      taskId={taskId}
      t={t}
      title={title}
      handleLabel={handleLabel}
      transform={CSS.Translate.toString(transform)}
      isDragging={isDragging}
      attributes={attributes}
      listeners={listeners}
      setNodeRef={setNodeRef}
      setActivatorNodeRef={setActivatorNodeRef}
    />
  );
});

/**
 * The virtualizer places each card (absolute `top`), so a card whose index changes is already where
 * it belongs. dnd-kit's layout animation would measure every such card after a drop (a forced
 * layout) and draw it again twice, to slide it from where it was.
 */
const noLayoutAnimation = () => false;

type CardFrameProps = {
  taskId: string;
  t: TFunction;
  title: string;
  handleLabel: string;
  transform: string | undefined;
  isDragging: boolean;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setNodeRef: (element: HTMLElement | null) => void;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
};

const CardFrame = memo(function CardFrame({ taskId, t, title, handleLabel, transform, isDragging, attributes, listeners, setNodeRef, setActivatorNodeRef }: CardFrameProps) {
  const { onKeyDown: startKeyboardDrag, ...pointerListeners } = listeners ?? {};
  // Keys reach the drag sensor only from the grip, so Space and Enter on the title still click it.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target === event.currentTarget.querySelector('.card-grip')) startKeyboardDrag?.(event);
  };

  return (
    <article
      ref={setNodeRef}
      className={isDragging ? 'card is-dragging' : 'card'}
      style={{ transform }}
      aria-label={title}
      {...pointerListeners}
      onKeyDown={onKeyDown}
    >
      <button ref={setActivatorNodeRef} type="button" className="card-grip" {...attributes} aria-label={handleLabel} aria-describedby={attributes['aria-describedby']}>
        ⠿
      </button>
      <TaskCardBody taskId={taskId} t={t} />
    </article>
  );
});

/** The card as drawn under the pointer while it is dragged. */
export function TaskCardPreview({ taskId, t }: { taskId: string; t: TFunction }) {
  return (
    // Hidden from assistive technology and out of the tab order: its title is a button too.
    <article className="card is-overlay" aria-hidden="true" inert>
      <span className="card-grip">⠿</span>
      <TaskCardBody taskId={taskId} t={t} inert />
    </article>
  );
}
