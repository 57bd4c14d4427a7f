import Papa from 'papaparse';
import { compareRanks } from '../rank';
import type { EntityState } from '../entities';

export const CSV_EXPORT_HEADERS = ['Key', 'Title', 'Description', 'Status', 'Owner', 'Priority', 'Start date', 'Due date', 'Progress', 'Estimate (hours)', 'Planned cost', 'Actual cost', 'Labels', 'Parent', 'Milestone'];

/**
 * The plan's tasks as CSV that Excel opens (UTF-8 with a BOM) and that re-imports here. Cells
 * that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) are prefixed with a quote.
 */
export function planToCsv(state: EntityState, planId: string): string {
  const tasks = Object.values(state.tasks).filter((t) => t.planId === planId).sort(compareRanks);
  const rows = tasks.map((t) => [
    t.id, t.title, t.description, state.columns[t.columnId]?.name ?? '', t.ownerId ? (state.members[t.ownerId]?.name ?? '') : '', t.priority,
    t.startDate ?? '', t.dueDate ?? '', String(t.progress), t.estimateHours?.toString() ?? '', t.plannedCost?.toString() ?? '', t.actualCost?.toString() ?? '',
    t.tags.join(', '), t.parentId ?? '', t.isMilestone ? 'yes' : '',
  ]);
  return `\uFEFF${Papa.unparse({ fields: CSV_EXPORT_HEADERS, data: rows }, { escapeFormulae: true, newline: '\r\n' })}`;
}
