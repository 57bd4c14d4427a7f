import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOps, useOpsActions } from '../../store/bound-store';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';

/** Saves today's dates of every task under a name, to compare against later. */
export function BaselineDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { saveBaseline } = useOpsActions();
  const today = useOps((s) => s.ui.today);
  const [name, setName] = useState(t('timeline.baselineDefault', { date: today }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && saveBaseline(planId, name)) onClose();
  };
  return (
    <Dialog title={t('timeline.saveBaseline')} onClose={onClose}>
      <form onSubmit={submit} className="form-grid">
        <Field label={t('timeline.baselineName')} error={name.trim() ? null : t('validation.required')}>
          <input type="text" value={name} maxLength={500} data-autofocus onChange={(e) => setName(e.target.value)} />
        </Field>
        <FormActions cancelLabel={t('common.cancel')} submitLabel={t('common.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
