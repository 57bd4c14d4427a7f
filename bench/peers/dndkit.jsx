import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DndContext, KeyboardSensor, PointerSensor, closestCorners, useSensor, useSensors } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useDroppable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { COLUMNS, generate, sizeFromUrl } from './data.js';

// The board the @dnd-kit/sortable multi-container example builds: every card rendered and
// sortable, state moved on drag over and drop.
const initial = Object.fromEntries(COLUMNS.map((c, i) => [c, generate(sizeFromUrl()).tasks.filter((t) => t.column === i).map((t) => `t${t.id}`)]));

function Card({ id }) {
  const { attributes, listeners, setNodeRef, transform, transition } = useSortable({ id });
  return <div ref={setNodeRef} className="card" style={{ transform: CSS.Transform.toString(transform), transition }} {...attributes} {...listeners} aria-label={`Card ${id}`}>{id}</div>;
}
function Column({ name, items }) {
  const { setNodeRef } = useDroppable({ id: name });
  return (
    <SortableContext id={name} items={items} strategy={verticalListSortingStrategy}>
      <div ref={setNodeRef} className="col" role="region" aria-label={name}>{items.map((id) => <Card key={id} id={id} />)}</div>
    </SortableContext>
  );
}
function Board() {
  const [columns, setColumns] = useState(initial);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const find = (id) => (id in columns ? id : Object.keys(columns).find((c) => columns[c].includes(id)));
  const onDragOver = ({ active, over }) => {
    if (!over) return;
    const from = find(active.id);
    const to = find(over.id);
    if (!from || !to || from === to) return;
    setColumns((cols) => ({ ...cols, [from]: cols[from].filter((x) => x !== active.id), [to]: [...cols[to], active.id] }));
  };
  const onDragEnd = ({ active, over }) => {
    const col = over && find(over.id);
    if (col && col === find(active.id)) {
      setColumns((cols) => ({ ...cols, [col]: arrayMove(cols[col], cols[col].indexOf(active.id), Math.max(0, cols[col].indexOf(over.id))) }));
    }
    window.__dropped = performance.now();
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCorners} onDragOver={onDragOver} onDragEnd={onDragEnd}>
      <div className="board">{Object.entries(columns).map(([name, items]) => <Column key={name} name={name} items={items} />)}</div>
    </DndContext>
  );
}
createRoot(document.getElementById('root')).render(<Board />);
