import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../domain/plan';
import { useOps } from '../store/bound-store';
import { Dialog } from '../ui/dialog';
import { Field } from '../ui/field';
import { FormActions } from '../ui/form-actions';
import { syncManager } from './sync-service';
import { defaultServerAddress, syncErrorText } from './sync-error-text';

/** Shares a plan through a sync server, shows its plan key and state, or stops syncing it here. */
export function ShareDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation();
  const sync = useOps((s) => s.ui.sync[plan.id]);
  const [server, setServer] = useState(defaultServerAddress);
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!sync) return;
    void syncManager().then((manager) => setCode(manager.shareCodeOf(plan.id)));
  }, [sync, plan.id]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCode(await (await syncManager()).share(plan.id, server));
    } catch (failure) {
      setError(syncErrorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!code) return;
    await navigator.clipboard.writeText(code);
    setCopied(true);
  };

  const leave = async () => {
    await (await syncManager()).leave(plan.id);
    setCode(null);
    onClose();
  };

  return (
    <Dialog title={t('sync.shareTitle', { name: plan.name })} onClose={onClose}>
      {!sync ? (
        <form onSubmit={start} className="form-grid" noValidate aria-busy={busy}>
          <p className="muted">{t('sync.shareBody')}</p>
          <Field label={t('sync.server')} error={error}>
            <input type="url" value={server} data-autofocus onChange={(e) => setServer(e.target.value)} />
          </Field>
          <FormActions cancelLabel={t('common.cancel')} submitLabel={t('sync.start')} onCancel={onClose} />
        </form>
      ) : (
        <div className="form-grid">
          <p role="status">{t(`sync.status.${sync.status}`)}</p>
          <Field label={t('sync.server')}>
            <input type="text" value={sync.serverUrl} readOnly />
          </Field>
          <Field label={t('sync.key')} hint={t('sync.keyHint')}>
            <input type="text" value={code ?? ''} readOnly onFocus={(e) => e.target.select()} />
          </Field>
          <div className="dialog-footer">
            <button type="button" onClick={() => void copy()}>{copied ? t('sync.copied') : t('sync.copy')}</button>
            <button type="button" title={t('sync.leaveHint')} onClick={() => void leave()}>{t('sync.leave')}</button>
            <button type="button" className="primary" onClick={onClose}>{t('common.close')}</button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
