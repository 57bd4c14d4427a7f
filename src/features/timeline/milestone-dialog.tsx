import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/dates';
import { useOps, useOpsActions } from '../../store/bound-store';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';

export function MilestoneDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { addMilestone, selectTask } = useOpsActions();
  const today = useOps((s) => s.ui.today);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [touched, setTouched] = useState(false);
  const titleError = touched && !title.trim() ? t('validation.required') : null;
  const dateError = touched && !isIsoDate(date) ? t('validation.invalidDate') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!title.trim() || !isIsoDate(date)) return;
    const id = addMilestone(planId, title, date);
    if (id) {
      selectTask(id);
      onClose();
    }
  };
  return (
    <Dialog title={t('timeline.addMilestone')} onClose={onClose}>
      <form onSubmit={submit} className="form-grid" noValidate>
        <Field label={t('timeline.milestoneTitle')} error={titleError}>
          <input type="text" value={title} maxLength={500} data-autofocus onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={t('timeline.milestoneDate')} error={dateError}>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <FormActions cancelLabel={t('common.cancel')} submitLabel={t('timeline.addMilestone')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
