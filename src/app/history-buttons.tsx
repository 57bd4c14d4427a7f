import { useTranslation } from 'react-i18next';
import { useOps, useOpsActions } from '../store/bound-store';

/** Undo and redo, each naming what it would undo or redo. */
export function HistoryButtons() {
  const { t } = useTranslation();
  const { undo, redo } = useOpsActions();
  const lastDone = useOps((s) => s.history.past.at(-1)?.label);
  const lastUndone = useOps((s) => s.history.future.at(-1)?.label);
  return (
    <div className="history" role="group" aria-label={t('history.group')}>
      <button type="button" onClick={undo} disabled={!lastDone} title={lastDone ? t('history.undoWhat', { what: t(lastDone) }) : undefined}>
        {t('history.undo')}
      </button>
      <button type="button" onClick={redo} disabled={!lastUndone} title={lastUndone ? t('history.redoWhat', { what: t(lastUndone) }) : undefined}>
        {t('history.redo')}
      </button>
    </div>
  );
}
