import { useTranslation } from 'react-i18next';
import { createBackup } from '../../domain/interchange/backup-file';
import { planToCsv } from '../../domain/interchange/csv-export';
import { planToIcs } from '../../domain/interchange/ics-export';
import { planToMspdi } from '../../domain/interchange/mspdi-export';
import { getOpsStore } from '../../store/bound-store';
import { downloadText, safeFileName } from '../../ui/download';

/** Downloads of the active plan in other tools' formats, and a backup of the whole workspace. */
export function ExportSection({ planId, planName }: { planId: string; planName: string }) {
  const { t } = useTranslation();
  const data = () => getOpsStore().getState().data;
  const now = () => new Date().toISOString();
  const exports = [
    { label: t('exchange.exportBackup'), run: () => downloadText(`opsplan-backup-${now().slice(0, 10)}.json`, createBackup(data(), now()), 'application/json') },
    { label: t('exchange.exportCsv'), run: () => downloadText(safeFileName(planName, 'csv'), planToCsv(data(), planId), 'text/csv;charset=utf-8') },
    { label: t('exchange.exportMspdi'), run: () => downloadText(safeFileName(planName, 'xml'), planToMspdi(data(), planId), 'application/xml') },
    { label: t('exchange.exportIcs'), run: () => downloadText(safeFileName(planName, 'ics'), planToIcs(data(), planId, now()), 'text/calendar;charset=utf-8') },
  ];
  return (
    <section aria-labelledby="export-title" className="exchange-section">
      <h3 id="export-title">{t('exchange.exportTitle')}</h3>
      <div className="button-row">
        {exports.map((e) => <button key={e.label} type="button" onClick={e.run}>{e.label}</button>)}
      </div>
    </section>
  );
}
