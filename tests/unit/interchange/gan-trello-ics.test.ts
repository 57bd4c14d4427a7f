import { describe, expect, it } from 'vitest';
import { ganToDraft } from '../../../src/domain/interchange/gan-import';
import { holidaysFromIcs } from '../../../src/domain/interchange/ics-holidays';
import { escapeIcsText, foldIcsLine, planToIcs } from '../../../src/domain/interchange/ics-export';
import { ImportFailure } from '../../../src/domain/interchange/import-draft';
import { trelloToDraft } from '../../../src/domain/interchange/trello-import';
import { splitCyclicLinks } from '../../../src/domain/interchange/acyclic-links';
import { fixtureText, graph, importDraft } from './fixtures';

describe('GanttProject import', () => {
  it('reads nested tasks, a milestone, all dependency types with lag, and the allocated person', () => {
    const draft = ganToDraft(fixtureText('campaign.gan'));
    expect(draft.name).toBe('Spring campaign');
    const { state } = importDraft(draft);
    const g = graph(state, 'plan_in');
    expect(g.tasks).toEqual([
      { title: 'Book media', start: '2026-03-03', due: '2026-03-04', parent: 'Preparation', milestone: false, owner: null },
      { title: 'Brief agency', start: '2026-03-02', due: '2026-03-03', parent: 'Preparation', milestone: false, owner: 'Chen Jing' },
      { title: 'Creatives signed off', start: '2026-03-06', due: '2026-03-06', parent: null, milestone: true, owner: null },
      { title: 'Draft creatives', start: '2026-03-04', due: '2026-03-06', parent: 'Preparation', milestone: false, owner: null },
      { title: 'Go live', start: '2026-03-09', due: '2026-03-09', parent: null, milestone: false, owner: null },
      // Five working days from Monday 2 March end on Friday 6 March.
      { title: 'Preparation', start: '2026-03-02', due: '2026-03-06', parent: null, milestone: false, owner: null },
    ]);
    expect(g.links).toEqual(['Brief agency FS+0 Draft creatives', 'Brief agency SS+1 Book media', 'Creatives signed off SF+2 Go live', 'Draft creatives FF-1 Creatives signed off']);
    expect(Object.values(state.tasks).find((t) => t.title === 'Draft creatives')?.description).toBe('Three variants');
  });
});

describe('Trello import', () => {
  it('turns lists into columns and cards into tasks with labels, checklists and members; archived items left out', () => {
    const draft = trelloToDraft(fixtureText('trello-board.json'), { includeArchived: false });
    expect(draft.skipped.map((s) => s.code)).toEqual(['archived-list', 'archived-list', 'archived-card']);
    const { state } = importDraft(draft);
    expect(Object.values(state.columns).map((c) => [c.name, c.category])).toEqual([['Backlog', 'todo'], ['Doing', 'doing'], ['Done', 'done']]);
    const report = Object.values(state.tasks).find((t) => t.title === 'Weekly report')!;
    expect(report).toMatchObject({ startDate: '2026-11-24', dueDate: '2026-11-27', tags: ['report', 'red'], description: 'Every Friday' });
    expect(report.checklist.map((c) => [c.text, c.done])).toEqual([['Collect KPIs', true], ['Write summary', false]]);
    expect(state.members[report.ownerId!]?.name).toBe('Li Na');
    const fixed = Object.values(state.tasks).find((t) => t.title === 'Fix signup')!;
    expect(state.columns[fixed.columnId]?.name).toBe('Done');
    expect(state.members[fixed.ownerId!]?.name).toBe('wanglei');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps archived lists and cards when asked', () => {
    const draft = trelloToDraft(fixtureText('trello-board.json'), { includeArchived: true });
    expect(draft.tasks.map((t) => t.title)).toEqual(['Survey customers', 'Card in archived list', 'Weekly report', 'Archived card', 'Fix signup']);
  });

  it('names what is wrong with a file that is not a Trello board', () => {
    expect(() => trelloToDraft('{"name": "x", "lists": [], "cards": 5}', { includeArchived: false })).toThrow(/wrong-format at cards/);
    expect(() => trelloToDraft('{\n  "name": "x",\n  oops\n}', { includeArchived: false })).toThrow(/not-json at line 3/);
  });
});

describe('iCalendar', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldIcsLine(`SUMMARY:${'运营'.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'运营'.repeat(40)}`);
  });

  it('exports milestones and due dates as all-day events with stable ids', () => {
    const { state } = importDraft(ganToDraft(fixtureText('campaign.gan')));
    const ics = planToIcs(state, 'plan_in', '2026-11-24T10:00:00.000Z');
    const milestone = Object.values(state.tasks).find((t) => t.isMilestone)!;
    expect(ics).toContain(`UID:${milestone.id}@opsplan\r\nDTSTAMP:20261124T100000Z\r\nDTSTART;VALUE=DATE:20260306\r\nDTEND;VALUE=DATE:20260307\r\nSUMMARY:◆ Creatives signed off`);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(holidaysFromIcs(ics).events).toBe(6);
  });

  it('imports holidays, multi-day breaks and make-up working days (调休) from a holiday calendar', () => {
    expect(holidaysFromIcs(fixtureText('holidays.ics'))).toEqual({
      holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08'],
      workdays: ['2027-02-14'],
      events: 3,
    });
    expect(() => holidaysFromIcs('not a calendar')).toThrow(ImportFailure);
  });
});

describe('dependency loops in imported files', () => {
  it('drops only the links that close a loop', () => {
    const links = [{ fromKey: 'a', toKey: 'b' }, { fromKey: 'b', toKey: 'c' }, { fromKey: 'c', toKey: 'a' }, { fromKey: 'a', toKey: 'c' }];
    const { kept, dropped } = splitCyclicLinks(links);
    expect(dropped).toEqual([{ fromKey: 'c', toKey: 'a' }]);
    expect(kept).toHaveLength(3);
  });

  it('handles a 10,000-task chain without recursion limits', () => {
    const links = Array.from({ length: 10_000 }, (_, i) => ({ fromKey: `t${i}`, toKey: `t${i + 1}` }));
    links.push({ fromKey: 't10000', toKey: 't0' });
    expect(splitCyclicLinks(links).dropped).toEqual([{ fromKey: 't10000', toKey: 't0' }]);
  });
});
