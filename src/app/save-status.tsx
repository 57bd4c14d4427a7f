import { useTranslation } from 'react-i18next';
import { useOps } from '../store/bound-store';
import { useOnline } from './use-online';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Where the work is: offline or not, whether edits are on disk yet ("Saving…", "All changes
 * saved", or a warning when the disk refused one), and whether the browser keeps the data for good.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const save = useOps((s) => s.ui.save);
  const storage = useOps((s) => s.ui.storage);
  const state = save.pending > 0 ? 'saving' : save.failed ? 'failed' : 'saved';
  const kept = storage.persistent === null ? null : storage.persistent ? 'persistent' : 'bestEffort';
  return (
    <span className="workspace-status">
      {!online && <span role="status" className="offline-badge">{t('storage.offline')}</span>}
      <span role="status" className={`save-status save-${state}`}>{t(`storage.${state}`)}</span>
      {kept && (
        <span className={`storage-state storage-${kept}`} title={t(`storage.${kept}Hint`)}>
          {t(`storage.${kept}`)}{storage.usedBytes !== null ? ` · ${t('storage.used', { mb: megabytes(storage.usedBytes) })}` : ''}
        </span>
      )}
    </span>
  );
}
