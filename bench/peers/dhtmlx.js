import { gantt } from 'dhtmlx-gantt';
import 'dhtmlx-gantt/codebase/dhtmlxgantt.css';
import Dexie from 'dexie';
import { generate, sizeFromUrl } from './data.js';

// dhtmlx-gantt 10 with its defaults (smart rendering on); ?store=dexie reads the plan from
// IndexedDB through Dexie first, as a local-first app built on it would.
const ZOOMS = {
  day: [{ unit: 'month', step: 1, format: '%F %Y' }, { unit: 'day', step: 1, format: '%j' }],
  week: [{ unit: 'month', step: 1, format: '%F %Y' }, { unit: 'week', step: 1, format: 'W%W' }],
};

async function load(n) {
  if (new URLSearchParams(location.search).get('store') !== 'dexie') return generate(n);
  const db = new Dexie('peer-dhtmlx');
  db.version(1).stores({ tasks: 'id', links: 'id' });
  if ((await db.table('tasks').count()) !== n) {
    const data = generate(n);
    await db.transaction('rw', db.table('tasks'), db.table('links'), async () => {
      await db.table('tasks').clear();
      await db.table('links').clear();
      await db.table('tasks').bulkPut(data.tasks);
      await db.table('links').bulkPut(data.links);
    });
  }
  return { tasks: await db.table('tasks').toArray(), links: await db.table('links').toArray() };
}

const data = await load(sizeFromUrl());
gantt.config.date_format = '%Y-%m-%d';
gantt.config.scales = ZOOMS.day;
gantt.init('gantt');
gantt.parse({
  data: data.tasks.map((t) => ({ id: t.id, text: t.text, start_date: t.start, duration: t.days, progress: t.progress / 100 })),
  links: data.links.map((l) => ({ id: l.id, source: l.source, target: l.target, type: '0' })),
});
window.__bench = {
  zoom: (level) => { gantt.config.scales = ZOOMS[level]; gantt.render(); },
  scroller: () => document.querySelector('.gantt_ver_scroll') ?? document.querySelector('.gantt_task_data'),
};
