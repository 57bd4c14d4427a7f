import { describe, expect, it } from 'vitest';
import { buildTask } from '../../../src/domain/task-factory';
import { buildTimelineRows } from '../../../src/domain/timeline-rows';
import { ANCHOR_ID, escapeHtml, toGanttTasks } from '../../../src/features/timeline/to-gantt-tasks';
import { linkPath } from '../../../src/features/timeline/gantt-overlay';

const task = (id: string, fields: Partial<ReturnType<typeof buildTask>>) => buildTask({ id, planId: 'p', columnId: 'c', rank: 'a0', title: id, createdAt: '', ...fields });

describe('the frappe-gantt mapper', () => {
  const hostile = task('task_x', { title: '<img src=x onerror=alert(1)>"&\'', startDate: '2026-11-23', dueDate: '2026-11-25', progress: 40 });
  const milestone = task('task_m', { title: 'Launch', startDate: '2026-11-30', dueDate: '2026-11-30', isMilestone: true });
  const undated = task('task_u', { title: 'Someday' });
  const tasksById = { task_x: hostile, task_m: milestone, task_u: undated };
  const rows = buildTimelineRows(Object.values(tasksById), [], new Set(), 'No goal');
  const mapped = toGanttTasks(rows, tasksById, { start: '2026-11-16', end: '2026-12-14' });

  it('escapes every title it hands to the chart', () => {
    expect(escapeHtml('<b>"x" & \'y\'</b>')).toBe('&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;');
    expect(mapped.find((t) => t.id === 'task_x')?.name).toBe('&lt;img src=x onerror=alert(1)&gt;&quot;&amp;&#39;');
  });

  it('maps one row to one bar, keeps undated tasks as spacers, and ends with the range anchor', () => {
    expect(mapped.map((t) => [t.id, t.custom_class])).toEqual([
      ['task_x', 'op-task'], ['task_m', 'op-milestone'], ['op-spacer-task_u', 'op-spacer'], [ANCHOR_ID, 'op-spacer'],
    ]);
    expect(mapped[0]).toMatchObject({ start: '2026-11-23', end: '2026-11-25', progress: 40, dependencies: '' });
    expect(mapped.at(-1)).toMatchObject({ start: '2026-11-16', end: '2026-12-14' });
  });

  it('hands out fresh objects each time (frappe-gantt mutates what it is given)', () => {
    const again = toGanttTasks(rows, tasksById, { start: '2026-11-16', end: '2026-12-14' });
    expect(again[0]).not.toBe(mapped[0]);
    expect(again).toEqual(mapped);
  });
});

describe('link arrows', () => {
  const from = { x: 0, y: 0, width: 100, height: 20 };
  const to = { x: 150, y: 40, width: 50, height: 20 };
  it('leaves and enters the edges the link type names', () => {
    expect(linkPath('FS', from, to)).toMatch(/^M 100 10 .* H 150 /);
    expect(linkPath('SS', from, to)).toMatch(/^M 0 10 .* H 150 /);
    expect(linkPath('FF', from, to)).toMatch(/^M 100 10 .* H 200 /);
    expect(linkPath('SF', from, to)).toMatch(/^M 0 10 .* H 200 /);
  });
});
