import type { EntityState, TableName } from '../../domain/entities';
import { readBackup } from '../../domain/interchange/backup';
import { csvToDraft, readCsvTable, suggestMapping, type CsvMapping, type CsvTable } from '../../domain/interchange/csv-import';
import type { DayOrder } from '../../domain/interchange/flexible-dates';
import { ganToDraft } from '../../domain/interchange/gan-import';
import { holidaysFromIcs } from '../../domain/interchange/ics-holidays';
import { assertImportSize, ImportFailure, type ImportDraft } from '../../domain/interchange/import-draft';
import { mspdiToDraft } from '../../domain/interchange/mspdi-import';
import { parseJsonSafely } from '../../domain/interchange/safe-json';
import { decodeText } from '../../domain/interchange/text-decoding';
import { trelloBoardToDraft } from '../../domain/interchange/trello-import';

// What a chosen file turned out to be, read whole and checked before anything is written.
export type ImportReading =
  | { kind: 'plan'; draft: ImportDraft }
  | { kind: 'csv'; table: CsvTable; mapping: CsvMapping; name: string }
  | { kind: 'backup'; state: EntityState; counts: Record<TableName, number> }
  | { kind: 'holidays'; holidays: string[]; workdays: string[]; events: number };

export function readImportFile(fileName: string, bytes: Uint8Array, options: { includeArchived: boolean }): ImportReading {
  assertImportSize(bytes.byteLength);
  const { text } = decodeText(bytes);
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const baseName = fileName.replace(/\.[^.]+$/, '');
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') {
    const table = readCsvTable(text);
    return { kind: 'csv', table, mapping: suggestMapping(table.headers), name: baseName };
  }
  if (extension === 'gan') return { kind: 'plan', draft: ganToDraft(text) };
  if (extension === 'ics' || extension === 'ical') return { kind: 'holidays', ...holidaysFromIcs(text) };
  if (extension === 'xml' || extension === 'mspdi') return { kind: 'plan', draft: mspdiToDraft(text) };
  if (extension === 'json') {
    // Parsed once: a backup or board can be 20 MB.
    const json = parseJsonSafely(text) as { format?: unknown; lists?: unknown } | null;
    if (json && typeof json === 'object' && json.format === 'opsplan-backup') return { kind: 'backup', ...readBackup(json) };
    if (json && typeof json === 'object' && Array.isArray(json.lists)) return { kind: 'plan', draft: trelloBoardToDraft(json, options) };
    throw new ImportFailure({ code: 'unknown-json', where: fileName });
  }
  throw new ImportFailure({ code: 'unknown-format', where: fileName });
}

export function csvDraft(reading: Extract<ImportReading, { kind: 'csv' }>, dayOrder: DayOrder | undefined): ImportDraft {
  return csvToDraft(reading.table, { mapping: reading.mapping, name: reading.name, ...(dayOrder ? { dayOrder } : {}) });
}
