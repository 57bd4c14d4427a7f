import { useTranslation } from 'react-i18next';
import { useOps } from '../store/bound-store';

/** The active plan's link to its team: shown only for a shared plan. */
export function SyncStatus() {
  const { t } = useTranslation();
  const sync = useOps((s) => (s.ui.activePlanId ? s.ui.sync[s.ui.activePlanId] : undefined));
  if (!sync) return null;
  const text = sync.status === 'connected' && sync.unsynced ? t('sync.sending') : t(`sync.status.${sync.status}`);
  return <span role="status" aria-label={t('sync.state')} className={`sync-status sync-${sync.status}`} title={sync.serverUrl}>{text}</span>;
}
