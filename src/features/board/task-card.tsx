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
 */
export const SortableTaskCard = memo(function SortableTaskCard({ taskId, cell, columnId, lane, laneLabel, t }: SortableTaskCardProps) {
  const title = useOps((s) => s.data.tasks[taskId]?.title ?? '');
  // Every visible card re-renders at each step of a drag (dnd-kit's context changes), so what
  // does not depend on the drag is computed once: the handle's label and the card's body.
  const handleLabel = useMemo(() => t('board.dragHandle', { title }), [t, title]);
  const data: CardDragData = { type: 'card', id: taskId, cell, columnId, lane, laneLabel };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: taskId, data });

  const { onKeyDown: startKeyboardDrag, ...pointerListeners } = listeners ?? {};
  // Keys reach the drag sensor only from the grip, so Space and Enter on the title still click it.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target === event.currentTarget.querySelector('.card-grip')) startKeyboardDrag?.(event);
  };

  return (
    <article
      ref={setNodeRef}
      className={isDragging ? 'card is-dragging' : 'card'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-label={title}
      {...pointerListeners}
      onKeyDown={onKeyDown}
    >
      <button ref={setActivatorNodeRef} type="button" className="card-grip" {...attributes} aria-label={handleLabel} aria-describedby={attributes['aria-describedby']}>
        ⠿
      </button>
      <TaskCardBody taskId={taskId} />
    </article>
  );
});

/** The card as drawn under the pointer while it is dragged. */
export function TaskCardPreview({ taskId }: { taskId: string }) {
  return (
    <article className="card is-overlay" aria-hidden="true">
      <span className="card-grip">⠿</span>
      <TaskCardBody taskId={taskId} inert />
    </article>
  );
}
