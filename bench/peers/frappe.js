import Gantt from 'frappe-gantt';
import 'frappe-gantt/style.css';
import { generate, sizeFromUrl } from './data.js';

// frappe-gantt used as its README shows: every task handed to it at once.
const data = generate(sizeFromUrl());
const before = new Map(data.links.map((l) => [l.target, String(l.source)]));
const gantt = new Gantt('#gantt', data.tasks.map((t) => ({ id: String(t.id), name: t.text, start: t.start, end: t.end, progress: t.progress, dependencies: before.get(t.id) ?? '' })), { view_mode: 'Day' });
window.__bench = { zoom: (level) => gantt.change_view_mode(level === 'week' ? 'Week' : 'Day'), scroller: () => document.querySelector('.gantt-container') ?? document.getElementById('gantt') };
