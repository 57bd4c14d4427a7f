import Papa from 'papaparse';
import type { ColumnCategory } from '../column';
import { guessDayOrder, parseFlexibleDate, type DayOrder } from './flexible-dates';
import { emptyDraftTask, ImportFailure, type DraftTask, type ImportDraft, type ImportIssue } from './import-draft';

// CSV from Jira and from spreadsheets: the first row names the columns (Jira repeats some, such as
// Labels and Sprint), cells may span lines, and the user confirms which column means what.

export const CSV_FIELDS = ['key', 'title', 'description', 'status', 'assignee', 'start', 'due', 'parent', 'sprint', 'labels', 'estimate', 'progress'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Column indexes per field; labels and sprint may take several (repeated) columns. */
export type CsvMapping = Record<CsvField, number[]>;
export type CsvTable = { headers: string[]; rows: string[][] };

export function readCsvTable(text: string): CsvTable {
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new ImportFailure({ code: 'csv-quotes', where: `row ${(fatal.row ?? 0) + 1}`, detail: fatal.message });
  const [headers, ...rows] = result.data;
  if (!headers || headers.every((h) => h.trim() === '')) throw new ImportFailure({ code: 'csv-no-header', where: 'row 1' });
  return { headers: headers.map((h) => h.trim()), rows };
}

const SYNONYMS: Record<CsvField, RegExp> = {
  key: /^(issue key|issue id|key|id|编号|任务编号)$/i,
  title: /^(summary|title|name|task|task name|标题|任务|任务名称|名称)$/i,
  description: /^(description|notes|details|描述|说明|备注)$/i,
  status: /^(status|state|list|column|状态|阶段)$/i,
  assignee: /^(assignee|owner|assigned to|resource names?|负责人|执行人)$/i,
  start: /^(start|start date|begin|开始|开始日期|开始时间)$/i,
  due: /^(due|due date|end|end date|finish|deadline|截止|截止日期|结束日期|完成日期)$/i,
  parent: /^(parent|parent id|parent key|parent issue|上级|上级任务|父任务)$/i,
  sprint: /^(sprint|iteration|迭代)$/i,
  labels: /^(labels?|tags?|标签)$/i,
  estimate: /^(original estimate|estimate|estimated hours|work|预估工时|工时)$/i,
  progress: /^(progress|% complete|percent complete|进度|完成度)$/i,
};

/** A first guess at the mapping from the header names, in English and Chinese. */
export function suggestMapping(headers: readonly string[]): CsvMapping {
  const mapping = Object.fromEntries(CSV_FIELDS.map((f) => [f, [] as number[]])) as CsvMapping;
  headers.forEach((header, index) => {
    const field = CSV_FIELDS.find((f) => SYNONYMS[f].test(header.trim()));
    if (!field) return;
    const repeatable = field === 'labels' || field === 'sprint' || field === 'key';
    if (repeatable || mapping[field].length === 0) mapping[field].push(index);
  });
  return mapping;
}

const DONE = /done|closed|resolved|complete|finished|完成|关闭|已解决/i;
const DOING = /progress|doing|review|testing|started|进行|处理中|审核|测试|开发中/i;
export function categoryOfStatus(status: string): ColumnCategory {
  return DONE.test(status) ? 'done' : DOING.test(status) ? 'doing' : 'todo';
}

export type CsvOptions = { mapping: CsvMapping; dayOrder?: DayOrder; name: string };

export function csvToDraft(table: CsvTable, options: CsvOptions): ImportDraft {
  const { mapping } = options;
  if (mapping.title.length === 0) throw new ImportFailure({ code: 'csv-no-title-column', where: 'row 1' });
  const cell = (row: string[], field: CsvField) => (mapping[field][0] === undefined ? '' : (row[mapping[field][0] as number] ?? '').trim());
  const cells = (row: string[], field: CsvField) => mapping[field].map((i) => (row[i] ?? '').trim()).filter(Boolean);
  const dateCells = table.rows.flatMap((r) => [cell(r, 'start'), cell(r, 'due')]).filter(Boolean);
  const order = options.dayOrder ?? guessDayOrder(dateCells);
  // Jira writes estimates in seconds; a spreadsheet column named "hours" means hours.
  const estimateHeader = mapping.estimate[0] === undefined ? '' : (table.headers[mapping.estimate[0]] ?? '');
  const estimateDivisor = /original estimate|time estimate/i.test(estimateHeader) ? 3600 : 1;

  const skipped: ImportIssue[] = [];
  const statuses: string[] = [];
  const people = new Map<string, string>();
  const tasks: DraftTask[] = [];
  const keyOf = new Map<string, string>();
  table.rows.forEach((row, index) => {
    const where = `row ${index + 2}`;
    const title = cell(row, 'title');
    if (!title) {
      skipped.push({ code: 'no-title', where });
      return;
    }
    const key = `r${index + 2}`;
    for (const alias of cells(row, 'key')) if (!keyOf.has(alias)) keyOf.set(alias, key);
    const task = emptyDraftTask(key, title);
    task.description = cell(row, 'description');
    for (const field of ['start', 'due'] as const) {
      const parsed = parseFlexibleDate(cell(row, field), order);
      if (parsed === 'invalid') skipped.push({ code: 'bad-date', where: `${where}, ${table.headers[mapping[field][0] as number] ?? field}`, detail: cell(row, field) });
      else task[field] = parsed;
    }
    const status = cell(row, 'status');
    if (status) {
      if (!statuses.includes(status)) statuses.push(status);
      task.column = statuses.indexOf(status);
    }
    const assignee = cell(row, 'assignee');
    if (assignee) {
      people.set(assignee, assignee);
      task.ownerKey = assignee;
    }
    task.parentKey = cell(row, 'parent') || null;
    task.tags = [...cells(row, 'labels').flatMap((l) => l.split(/[,;]\s*/)), ...cells(row, 'sprint')];
    const estimate = cell(row, 'estimate');
    if (estimate) {
      const hours = Number(estimate.replace(',', '.')) / estimateDivisor;
      if (Number.isFinite(hours) && hours >= 0) task.estimateHours = Math.round(hours * 100) / 100;
      else skipped.push({ code: 'bad-number', where: `${where}, ${estimateHeader}`, detail: estimate });
    }
    const progress = cell(row, 'progress').replace('%', '');
    if (progress) task.progress = Number(progress) || 0;
    tasks.push(task);
  });
  for (const task of tasks) if (task.parentKey) task.parentKey = keyOf.get(task.parentKey) ?? `missing:${task.parentKey}`;
  const columns = statuses.length ? statuses.slice(0, 50).map((name) => ({ name, category: categoryOfStatus(name) })) : null;
  if (columns && !columns.some((c) => c.category === 'done')) columns.push({ name: 'Done', category: 'done' });
  return { format: 'CSV', name: options.name, columns, people: [...people].map(([key, name]) => ({ key, name })), tasks, links: [], skipped };
}
