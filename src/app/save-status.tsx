import { useTranslation } from 'react-i18next';
import { useOps } from '../store/bound-store';

/** Whether edits are on disk yet: "Saving…", "All changes saved", or a warning when the disk refused one. */
export function SaveStatus() {
  const { t } = useTranslation();
  const save = useOps((s) => s.ui.save);
  const state = save.pending > 0 ? 'saving' : save.failed ? 'failed' : 'saved';
  return <span role="status" className={`save-status save-${state}`}>{t(`storage.${state}`)}</span>;
}
