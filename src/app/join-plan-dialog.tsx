import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/dialog';
import { Field } from '../ui/field';
import { FormActions } from '../ui/form-actions';
import { syncManager } from './sync-service';
import { defaultServerAddress, syncErrorText } from './sync-error-text';

/** Joins a teammate's shared plan with the server address and plan key they sent. */
export function JoinPlanDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [server, setServer] = useState(defaultServerAddress);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [joining, setJoining] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (joining) return;
    setJoining(true);
    setError(null);
    try {
      await (await syncManager()).join(server, code);
      onClose();
    } catch (failure) {
      setError(syncErrorText(t, failure));
      setJoining(false);
    }
  };

  return (
    <Dialog title={t('sync.joinTitle')} onClose={onClose}>
      <form onSubmit={submit} className="form-grid" noValidate aria-busy={joining}>
        <p className="muted">{t('sync.joinBody')}</p>
        <Field label={t('sync.server')}>
          <input type="url" value={server} onChange={(e) => setServer(e.target.value)} />
        </Field>
        <Field label={t('sync.key')} error={error}>
          <input type="text" value={code} data-autofocus autoComplete="off" spellCheck={false} onChange={(e) => setCode(e.target.value)} />
        </Field>
        {joining && <p role="status">{t('sync.joining')}</p>}
        <FormActions cancelLabel={t('common.cancel')} submitLabel={t('sync.joinSubmit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
