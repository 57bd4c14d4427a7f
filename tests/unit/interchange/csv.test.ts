import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { planToCsv } from '../../../src/domain/interchange/csv-export';
import { csvToDraft, readCsvTable, suggestMapping } from '../../../src/domain/interchange/csv-import';
import { parseFlexibleDate } from '../../../src/domain/interchange/flexible-dates';
import { ImportFailure } from '../../../src/domain/interchange/import-draft';
import { decodeText } from '../../../src/domain/interchange/text-decoding';
import { fixtureBytes, graph, importDraft } from './fixtures';

describe('CSV import', () => {
  it('reads a Jira export: BOM, repeated Labels and Sprint columns, multi-line cells, day-first and Jira dates, parents by issue id, estimates in seconds', () => {
    const { text, encoding } = decodeText(fixtureBytes('jira-export.csv'));
    expect(encoding).toBe('utf-8');
    const table = readCsvTable(text);
    expect(table.headers[0]).toBe('Summary');
    const mapping = suggestMapping(table.headers);
    expect(mapping.labels).toEqual([7, 8]);
    expect(mapping.sprint).toEqual([9, 10]);
    expect(mapping.key).toEqual([1, 2]);
    const draft = csvToDraft(table, { mapping, name: 'Jira' });
    expect(draft.skipped).toEqual([
      { code: 'bad-date', where: 'row 4, Due date', detail: '31/11/2026' },
      { code: 'no-title', where: 'row 5' },
    ]);
    const { state } = importDraft(draft);
    const tasks = Object.values(state.tasks);
    expect(tasks).toHaveLength(4);
    const copy = tasks.find((t) => t.title === 'Write copy')!;
    expect(copy).toMatchObject({ startDate: '2026-11-04', dueDate: '2026-11-06', estimateHours: 8, description: 'Uses "quotes", commas, and\ntwo lines' });
    expect(copy.tags).toEqual(['content', 'copy', 'Sprint 1', 'Sprint 2']);
    expect(state.tasks[copy.parentId!]?.title).toBe('Launch campaign');
    expect(state.columns[copy.columnId]).toMatchObject({ name: 'Done', category: 'done' });
    const publish = tasks.find((t) => t.title.startsWith('Publish'))!;
    expect([publish.startDate, publish.dueDate]).toEqual(['2026-11-24', '2026-11-27']);
    expect(Object.values(state.columns).map((c) => [c.name, c.category])).toEqual([['In Progress', 'doing'], ['Done', 'done'], ['To Do', 'todo']]);
    expect(Object.values(state.members).map((m) => m.name).sort()).toEqual(['Li Na', 'Wang Lei']);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const { text, encoding } = decodeText(fixtureBytes('generic-windows-1252.csv'));
    expect(encoding).toBe('windows-1252');
    const draft = csvToDraft(readCsvTable(text), { mapping: suggestMapping(readCsvTable(text).headers), name: 'x' });
    expect(draft.tasks[0]).toMatchObject({ title: 'Café menu', start: '2026-11-02', due: '2026-11-04', ownerKey: 'Renée', progress: 50 });
  });

  it('reads dates day-first or month-first as told, and Jira’s named months', () => {
    expect(parseFlexibleDate('03/11/2026', 'dmy')).toBe('2026-11-03');
    expect(parseFlexibleDate('03/11/2026', 'mdy')).toBe('2026-03-11');
    expect(parseFlexibleDate('24.11.2026', 'dmy')).toBe('2026-11-24');
    expect(parseFlexibleDate('2026-11-24T09:00:00+08:00', 'dmy')).toBe('2026-11-24');
    expect(parseFlexibleDate('5/Jan/27 10:00 AM', 'dmy')).toBe('2027-01-05');
    expect(parseFlexibleDate('30/02/2026', 'dmy')).toBe('invalid');
    expect(parseFlexibleDate('next week', 'dmy')).toBe('invalid');
    expect(parseFlexibleDate('  ', 'dmy')).toBeNull();
  });

  it('refuses a file with an unclosed quote, naming the row', () => {
    expect(() => readCsvTable('Title,Due\n"Broken,2026-11-01\nOther,2026-11-02\n')).toThrow(ImportFailure);
    expect(() => readCsvTable('Title,Due\n"Broken,2026-11-01\nOther,2026-11-02\n')).toThrow(/csv-quotes at row 2/);
    expect(() => csvToDraft({ headers: ['Foo'], rows: [['x']] }, { mapping: suggestMapping(['Foo']), name: '' })).toThrow(/csv-no-title-column/);
  });
});

describe('CSV export', () => {
  it('neutralises formula injection and re-imports with the same tasks', () => {
    const table = readCsvTable(decodeText(fixtureBytes('jira-export.csv')).text);
    const { state } = importDraft(csvToDraft(table, { mapping: suggestMapping(table.headers), name: 'Jira' }));
    const csv = planToCsv(state, 'plan_in');
    expect(csv.startsWith('\uFEFFKey,Title,')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    const publish = rows.find((r) => r[1]?.includes('cmd'));
    // Only a leading =, +, -, @, tab or CR makes a formula; text that merely contains one stays as written.
    expect(publish?.[1]).toBe("Publish =cmd|' /C calc'!A0");
    const hostile = { ...state, tasks: { ...state.tasks, x: { ...Object.values(state.tasks)[0]!, id: 'x', title: '=HYPERLINK("http://evil")', description: '@SUM(1)', tags: ['+1', '-2'] } } };
    const out = Papa.parse<string[]>(planToCsv(hostile, 'plan_in').slice(1)).data.find((r) => r[0] === 'x')!;
    expect([out[1], out[2], out[12]]).toEqual(["'=HYPERLINK(\"http://evil\")", "'@SUM(1)", "'+1, -2"]);

    const again = readCsvTable(csv.slice(1));
    const reimported = importDraft(csvToDraft(again, { mapping: suggestMapping(again.headers), name: 'again' }), state, 'plan_again').state;
    const strip = (g: ReturnType<typeof graph>) => g.tasks.map((t) => ({ ...t, title: t.title.replace(/^'/, '') }));
    expect(strip(graph(reimported, 'plan_again'))).toEqual(strip(graph(state, 'plan_in')));
  });
});
