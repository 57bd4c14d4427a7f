import { useTranslation } from 'react-i18next';
import { createBackup } from '../domain/interchange/backup-file';
import { getOpsStore, useOps, useOpsActions } from '../store/bound-store';
import { downloadText } from '../ui/download';
import { NoticeList } from '../ui/notice-list';

/** The workspace as it is in memory, for when the disk refused to keep it. */
function downloadBackup() {
  const now = new Date().toISOString();
  downloadText(`opsplan-backup-${now.slice(0, 10)}.json`, createBackup(getOpsStore().getState().data, now), 'application/json');
}

export function Notices() {
  const { t } = useTranslation();
  const notices = useOps((s) => s.ui.notices);
  const { dismissNotice } = useOpsActions();
  const views = notices.map((n) => ({
    id: n.id, kind: n.kind, text: t(n.key, { detail: n.detail }),
    ...(n.action === 'backup' ? { action: { label: t('exchange.exportBackup'), run: downloadBackup } } : {}),
    ...(n.action === 'update' ? { action: { label: t('storage.reload'), run: () => window.dispatchEvent(new Event('opsplan:apply-update')) } } : {}),
    ...(n.action === 'reload' ? { action: { label: t('storage.reload'), run: () => location.reload() } } : {}),
  }));
  return <NoticeList notices={views} dismissLabel={t('common.dismiss')} onDismiss={dismissNotice} />;
}
