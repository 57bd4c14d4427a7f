import { generateNKeysBetween } from 'fractional-indexing';
import { COLUMNS, generate } from '../peers/data.js';

/** The generated plan as an Opsplan backup file, restored through the app's own import dialog. */
export function ourBackup(n) {
  const { tasks, links } = generate(n);
  const now = '2026-01-01T00:00:00.000Z';
  const plan = { id: 'plan_bench', name: `Bench ${n}`, description: '', ownerId: null, memberIds: [], startDate: '2026-01-05', endDate: '2026-12-31', budget: null, status: 'active', createdAt: now, calendar: { weekendDays: [0, 6], holidays: [], workdays: [] } };
  const columnRanks = generateNKeysBetween(null, null, COLUMNS.length);
  const columns = COLUMNS.map((name, i) => ({ id: `col_${i}`, planId: plan.id, name, rank: columnRanks[i], category: i === 4 ? 'done' : i >= 2 ? 'doing' : 'todo', wipLimit: null }));
  const ranks = generateNKeysBetween(null, null, n);
  const records = tasks.map((t, i) => ({
    id: `task_${t.id}`, planId: plan.id, columnId: `col_${t.column}`, rank: ranks[i], title: t.text, description: '', priority: 'medium', ownerId: null, raci: {},
    startDate: t.start, dueDate: t.end, estimateHours: null, actualHours: null, progress: t.progress, plannedCost: null, actualCost: null, tags: [], parentId: null,
    goalId: null, term: null, isMilestone: false, schedulingMode: 'manual', checklist: [], completionStandard: '', expectedResult: '', comments: [], recurrence: null,
    createdAt: now, startedAt: t.column >= 2 ? now : null, completedAt: t.column === 4 ? now : null,
  }));
  const dependencies = links.map((l) => ({ id: `dep_${l.id}`, planId: plan.id, fromId: `task_${l.source}`, toId: `task_${l.target}`, type: 'FS', lagDays: 0 }));
  const empty = { goals: [], members: [], risks: [], kpis: [], measurements: [], reviews: [], baselines: [], templates: [] };
  return JSON.stringify({ format: 'opsplan-backup', version: 1, exportedAt: now, tables: { plans: [plan], columns, tasks: records, dependencies, ...empty } });
}
