import { STANDARD_CALENDAR } from '../calendar';
import { emptyEntityState, TABLE_NAMES, type EntityState, type TableName } from '../entities';
import { RECORD_SCHEMAS } from '../record-schemas';
import { splitCyclicLinks } from './acyclic-links';
import { ImportFailure } from './import-draft';
import { parseJsonSafely } from './safe-json';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-file';

// A restore checks the whole file (every record, every reference) before anything is replaced,
// and then replaces everything in one change set — one transaction.

/** Fields added by later schema versions get the values the database migrations give them. */
function upgradeRecord(table: TableName, row: unknown): unknown {
  if (!row || typeof row !== 'object') return row;
  const record = { ...(row as Record<string, unknown>) };
  if (table === 'tasks') {
    record.schedulingMode ??= 'auto';
    record.recurrence ??= null;
    record.startedAt ??= null;
  }
  if (table === 'plans') record.calendar ??= STANDARD_CALENDAR;
  return record;
}

export function parseBackup(text: string): { state: EntityState; counts: Record<TableName, number> } {
  return readBackup(parseJsonSafely(text));
}

/** Checks a backup already parsed from JSON (by `parseJsonSafely`, so prototype keys are gone). */
export function readBackup(json: unknown): { state: EntityState; counts: Record<TableName, number> } {
  const file = json as Partial<Backup> | null;
  if (!file || typeof file !== 'object' || file.format !== BACKUP_FORMAT) throw new ImportFailure({ code: 'wrong-format', where: 'format', detail: BACKUP_FORMAT });
  if (file.version !== BACKUP_VERSION) throw new ImportFailure({ code: 'unsupported-version', where: 'version', detail: String(file.version) });
  if (!file.tables || typeof file.tables !== 'object') throw new ImportFailure({ code: 'wrong-format', where: 'tables' });
  const state = emptyEntityState() as { [T in TableName]: Record<string, unknown> };
  for (const table of TABLE_NAMES) {
    const rows = (file.tables as Record<string, unknown>)[table] ?? [];
    if (!Array.isArray(rows)) throw new ImportFailure({ code: 'wrong-format', where: `tables.${table}` });
    rows.forEach((row, index) => {
      const result = RECORD_SCHEMAS[table].safeParse(upgradeRecord(table, row));
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new ImportFailure({ code: 'invalid-record', where: `${table}[${index}]${issue?.path.length ? `.${issue.path.join('.')}` : ''}`, detail: issue?.message });
      }
      const id = (result.data as { id: string }).id;
      if (Object.hasOwn(state[table], id)) throw new ImportFailure({ code: 'duplicate-id', where: `${table}[${index}]`, detail: id });
      state[table][id] = result.data;
    });
  }
  const checked = state as unknown as EntityState;
  assertReferences(checked);
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, Object.keys(checked[t]).length])) as Record<TableName, number>;
  return { state: checked, counts };
}

/** Every record points at records that exist in the same file. */
function assertReferences(state: EntityState): void {
  const fail = (where: string, detail: string) => {
    throw new ImportFailure({ code: 'dangling-reference', where, detail });
  };
  const need = (table: TableName, id: string | null, where: string) => {
    if (id !== null && !state[table][id]) fail(where, `${table} ${id}`);
  };
  for (const c of Object.values(state.columns)) need('plans', c.planId, `columns ${c.id}`);
  for (const t of Object.values(state.tasks)) {
    need('plans', t.planId, `tasks ${t.id}`);
    need('columns', t.columnId, `tasks ${t.id}`);
    need('tasks', t.parentId, `tasks ${t.id}.parentId`);
    need('goals', t.goalId, `tasks ${t.id}.goalId`);
    need('members', t.ownerId, `tasks ${t.id}.ownerId`);
  }
  for (const d of Object.values(state.dependencies)) {
    need('plans', d.planId, `dependencies ${d.id}`);
    need('tasks', d.fromId, `dependencies ${d.id}.fromId`);
    need('tasks', d.toId, `dependencies ${d.id}.toId`);
  }
  for (const table of ['goals', 'risks', 'kpis', 'measurements', 'reviews', 'baselines'] as const) {
    for (const record of Object.values(state[table])) need('plans', record.planId, `${table} ${record.id}`);
  }
  for (const m of Object.values(state.measurements)) need('kpis', m.kpiId, `measurements ${m.id}.kpiId`);
  const loops = splitCyclicLinks(Object.values(state.dependencies).map((d) => ({ fromKey: d.fromId, toKey: d.toId, id: d.id }))).dropped;
  if (loops[0]) fail(`dependencies ${loops[0].id}`, 'cycle');
}
