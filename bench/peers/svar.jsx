import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Gantt } from '@svar-ui/react-gantt';
import '@svar-ui/react-gantt/all.css';
import { generate, sizeFromUrl } from './data.js';

// SVAR React Gantt, given a container height so it virtualises its rows.
const data = generate(sizeFromUrl());
const tasks = data.tasks.map((t) => ({ id: t.id, text: t.text, start: new Date(`${t.start}T00:00:00`), end: new Date(`${t.end}T23:59:00`), progress: t.progress, type: 'task', parent: 0 }));
const links = data.links.map((l) => ({ id: l.id, source: l.source, target: l.target, type: 'e2s' }));
const ZOOMS = {
  day: [{ unit: 'month', step: 1, format: '%F %Y' }, { unit: 'day', step: 1, format: '%j' }],
  week: [{ unit: 'month', step: 1, format: '%F %Y' }, { unit: 'week', step: 1, format: '%w' }],
};

function App() {
  const [zoom, setZoom] = useState('day');
  window.__bench = { zoom: setZoom, scroller: () => document.querySelector('.wx-chart') ?? document.querySelector('[class*="chart"]') };
  return (
    <div style={{ height: '100vh' }}>
      <Gantt tasks={tasks} links={links} scales={ZOOMS[zoom]} />
    </div>
  );
}
createRoot(document.getElementById('root')).render(<App />);
