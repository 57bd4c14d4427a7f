import {
  DndContext, DragOverlay, MouseSensor, TouchSensor, closestCorners, useSensor, useSensors,
  type Active, type Announcements, type DragEndEvent, type DragStartEvent, type Over,
} from '@dnd-kit/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../domain/column';
import { getOpsStore, useOpsActions } from '../../store/bound-store';
import { selectCellTaskIds } from '../../store/board-selectors';
import { boardKeyboardCoordinates } from './board-keyboard-coordinates';
import { dropPlaceOf, dropTargetOf, type CardDragData, type CellDropData } from './drop-target';
import { PromptKeyboardSensor } from './prompt-keyboard-sensor';
import { TaskCardPreview } from './task-card';

type BoardDndProviderProps = { columns: Column[]; children: ReactNode };

// Enter stays free to open a card; Space picks it up and drops it, Escape cancels.
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

// The sensors' options are made once: dnd-kit derives every card's listeners from them, so
// options written inline (new objects at each render of this provider, which re-renders when a
// drag starts and ends) gave all ~75 mounted cards new listeners at a drop, and each card's
// memoised frame was drawn again.
const MOUSE_OPTIONS = { activationConstraint: { distance: 5 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 200, tolerance: 8 } };
// The column scrolls at once, not smoothly: during a smooth scroll the cards' measured places
// are stale, and the next arrow press (a held-down key repeats every 30-40 ms) was lost.
const KEYBOARD_OPTIONS = { coordinateGetter: boardKeyboardCoordinates, keyboardCodes: KEYBOARD_CODES, scrollBehavior: 'auto' as const };

/**
 * Drag state lives here, local to the board: the store sees one moveTask on drop, never the
 * intermediate positions. Mouse, touch and keyboard all go through the same drop handler.
 */
export function BoardDndProvider({ columns, children }: BoardDndProviderProps) {
  const { t } = useTranslation();
  const actions = useOpsActions();
  const [activeId, setActiveId] = useState<string | null>(null);
  const sensors = useSensors(useSensor(MouseSensor, MOUSE_OPTIONS), useSensor(TouchSensor, TOUCH_OPTIONS), useSensor(PromptKeyboardSensor, KEYBOARD_OPTIONS));

  const titleOf = (id: string | number) => getOpsStore().getState().data.tasks[String(id)]?.title ?? '';
  const placeOf = (data: CardDragData | CellDropData | undefined) => {
    if (!data) return '';
    const column = columns.find((c) => c.id === data.columnId)?.name ?? '';
    return data.laneLabel ? t('dnd.placeInLane', { column, lane: data.laneLabel }) : column;
  };
  // Where in the cell the card would go, or went: the column's name alone says nothing to someone
  // moving a card down a column of eighty. After the drop the store already holds the move, so
  // the place is read from the cell itself.
  const placeSentence = (place: number, total: number) => ` ${t('dnd.placeInCell', { place, total })}`;
  const placeWhileOver = (active: Active, over: Over) => {
    const activeData = active.data.current as CardDragData | undefined;
    const overData = over.data.current as CardDragData | CellDropData | undefined;
    if (!activeData || !overData) return '';
    const { place, count } = dropPlaceOf(String(active.id), activeData, overData, selectCellTaskIds(getOpsStore().getState(), overData.cell));
    return placeSentence(place, count);
  };
  const placeAfterDrop = (active: Active, over: Over) => {
    const overData = over.data.current as CardDragData | CellDropData | undefined;
    const ids = overData ? selectCellTaskIds(getOpsStore().getState(), overData.cell) : [];
    const at = ids.indexOf(String(active.id));
    return at < 0 ? '' : placeSentence(at + 1, ids.length);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.pickedUp', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('dnd.over', { title: titleOf(active.id), place: placeOf(over.data.current as CellDropData) }) + placeWhileOver(active, over) : t('dnd.notOver', { title: titleOf(active.id) })),
    onDragEnd: ({ active, over }) => (over ? t('dnd.dropped', { title: titleOf(active.id), place: placeOf(over.data.current as CellDropData) }) + placeAfterDrop(active, over) : t('dnd.cancelled', { title: titleOf(active.id) })),
    onDragCancel: ({ active }) => t('dnd.cancelled', { title: titleOf(active.id) }),
  };

  const onDragStart = (event: DragStartEvent) => setActiveId(String(event.active.id));
  const onDragEnd = (event: DragEndEvent) => {
    setActiveId(null);
    const activeData = event.active.data.current as CardDragData | undefined;
    const overData = event.over?.data.current as CardDragData | CellDropData | undefined;
    if (!activeData || !overData) return;
    const state = getOpsStore().getState();
    const target = dropTargetOf(String(event.active.id), activeData, overData, selectCellTaskIds(state, overData.cell), state.ui.swimlaneBy);
    if (target) actions.moveTask(String(event.active.id), target);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      {/* While a card is lifted, the cards it passes slide aside (the transition is in the styles). */}
      <div className={activeId ? 'board-dnd is-sorting' : 'board-dnd'}>{children}</div>
      <DragOverlay dropAnimation={null}>{activeId ? <TaskCardPreview taskId={activeId} t={t} /> : null}</DragOverlay>
    </DndContext>
  );
}
