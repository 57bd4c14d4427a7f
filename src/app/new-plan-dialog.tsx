import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLanguage } from '../domain/locale';
import { useOpsActions } from '../store/bound-store';
import { Dialog } from '../ui/dialog';
import { Field } from '../ui/field';
import { FormActions } from '../ui/form-actions';

/** A new plan: empty with the default columns, or a copy of the demo monthly plan. */
export function NewPlanDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { createPlan, createDemoPlan, showView } = useOpsActions();
  const [name, setName] = useState('');
  const [start, setStart] = useState<'empty' | 'demo'>('empty');
  const [touched, setTouched] = useState(false);
  const language = pickLanguage(i18n.resolvedLanguage);
  const error = touched && start === 'empty' && !name.trim() ? t('validation.required') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (start === 'empty' && !name.trim()) return;
    const id = start === 'demo' ? createDemoPlan(language) : createPlan(name, language);
    if (id) {
      showView('board');
      onClose();
    }
  };
  return (
    <Dialog title={t('plan.new')} onClose={onClose}>
      <form onSubmit={submit} className="form-grid">
        <fieldset className="radio-group">
          <legend>{t('plan.startFrom')}</legend>
          <label><input type="radio" name="start" checked={start === 'empty'} onChange={() => setStart('empty')} /> {t('plan.empty')}</label>
          <label><input type="radio" name="start" checked={start === 'demo'} onChange={() => setStart('demo')} /> {t('plan.demo')}</label>
        </fieldset>
        {start === 'empty' && (
          <Field label={t('plan.name')} error={error}>
            <input type="text" value={name} maxLength={500} data-autofocus onChange={(e) => setName(e.target.value)} />
          </Field>
        )}
        <FormActions cancelLabel={t('common.cancel')} submitLabel={t('plan.create')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
