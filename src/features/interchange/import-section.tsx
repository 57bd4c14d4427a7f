import { useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayOrder } from '../../domain/interchange/flexible-dates';
import { draftToTemplate, ImportFailure, type ImportDraft, type ImportIssue } from '../../domain/interchange/import-draft';
import { pickLanguage } from '../../domain/locale';
import { useOps, useOpsActions } from '../../store/bound-store';
import { CsvMappingFields } from './csv-mapping-fields';
import { ImportPreview } from './import-preview';
import { csvDraft, readImportFile, type ImportReading } from './read-import-file';
import { issueText } from './issue-text';

type Planned = { error: ImportIssue } | ({ draft: ImportDraft } & ReturnType<typeof draftToTemplate>);

const failureOf = (error: unknown): ImportIssue =>
  error instanceof ImportFailure ? error.issue : { code: 'invalid', where: 'file', detail: error instanceof Error ? error.message : String(error) };

/** Choose a file, see what it holds and what will be skipped and why, then bring it in — or nothing. */
export function ImportSection({ planId, onDone }: { planId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = pickLanguage(i18n.resolvedLanguage);
  const actions = useOpsActions();
  const today = useOps((s) => s.ui.today);
  const calendar = useOps((s) => s.data.plans[planId]?.calendar);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [reading, setReading] = useState<ImportReading | null>(null);
  const [dayOrder, setDayOrder] = useState<DayOrder | ''>('');
  const [failure, setFailure] = useState<ImportIssue | null>(null);

  const read = (next: { name: string; bytes: Uint8Array }, archived: boolean) => {
    setFailure(null);
    setReading(null);
    try {
      setReading(readImportFile(next.name, next.bytes, { includeArchived: archived }));
    } catch (error) {
      setFailure(failureOf(error));
    }
  };
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const next = { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) };
    setFile(next);
    read(next, includeArchived);
  };

  // A plan-shaped file becomes a draft, then a template; both steps may refuse the file.
  const planned = useMemo((): Planned | null => {
    if (!reading || (reading.kind !== 'plan' && reading.kind !== 'csv')) return null;
    try {
      const draft: ImportDraft = reading.kind === 'csv' ? csvDraft(reading, dayOrder || undefined) : reading.draft;
      return { draft, ...draftToTemplate(draft, { id: 'tpl_import', language, today, now: new Date().toISOString() }) };
    } catch (error) {
      return { error: failureOf(error) };
    }
  }, [reading, dayOrder, language, today]);

  const importPlan = (name: string) => {
    if (!planned || 'error' in planned) return;
    const id = actions.createPlanFromTemplate(planned.template, name, planned.startDate, language, 'action.importPlan');
    if (id) {
      actions.notifyInfo('exchange.imported', `${planned.template.tasks.length}`);
      actions.showView('board');
      onDone();
    }
  };
  const restore = () => {
    if (reading?.kind === 'backup' && actions.restoreWorkspace(reading.state)) {
      actions.notifyInfo('exchange.restored');
      onDone();
    }
  };
  const addHolidays = () => {
    if (reading?.kind !== 'holidays' || !calendar) return;
    const holidays = [...new Set([...calendar.holidays, ...reading.holidays])].filter((d) => !reading.workdays.includes(d)).sort();
    const workdays = [...new Set([...calendar.workdays, ...reading.workdays])].filter((d) => !reading.holidays.includes(d)).sort();
    if (actions.updateCalendar(planId, { ...calendar, holidays, workdays })) onDone();
  };

  return (
    <section aria-labelledby="import-title" className="exchange-section">
      <h3 id="import-title">{t('exchange.importTitle')}</h3>
      <p className="muted">{t('exchange.importHint')}</p>
      <label className="file-pick">
        {t('exchange.chooseFile')}
        <input type="file" accept=".json,.csv,.txt,.xml,.gan,.ics" onChange={(e) => void choose(e)} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={includeArchived} onChange={(e) => { setIncludeArchived(e.target.checked); if (file) read(file, e.target.checked); }} />
        {t('exchange.includeArchived')}
      </label>
      {failure && <p role="alert" className="field-error">{t('exchange.refused', { file: file?.name ?? '' })} {issueText(t, failure)}</p>}
      {reading?.kind === 'csv' && (
        <CsvMappingFields headers={reading.table.headers} mapping={reading.mapping} dayOrder={dayOrder} onMapping={(mapping) => setReading({ ...reading, mapping })} onDayOrder={setDayOrder} />
      )}
      {planned && 'error' in planned && <p role="alert" className="field-error">{issueText(t, planned.error)}</p>}
      {planned && !('error' in planned) && <ImportPreview key={file?.name} draft={planned.draft} template={planned.template} startDate={planned.startDate} skipped={planned.skipped} onImport={importPlan} />}
      {reading?.kind === 'backup' && (
        <div className="import-preview" role="region" aria-label={t('exchange.preview')}>
          <p>{t('exchange.backupSummary', { plans: reading.counts.plans, tasks: reading.counts.tasks })}</p>
          <p className="field-error">{t('exchange.restoreWarning')}</p>
          <button type="button" className="danger" onClick={restore}>{t('exchange.restore')}</button>
        </div>
      )}
      {reading?.kind === 'holidays' && (
        <div className="import-preview" role="region" aria-label={t('exchange.preview')}>
          <p>{t('exchange.holidaySummary', { holidays: reading.holidays.length, workdays: reading.workdays.length })}</p>
          <button type="button" className="primary" onClick={addHolidays}>{t('exchange.addHolidays')}</button>
        </div>
      )}
    </section>
  );
}
