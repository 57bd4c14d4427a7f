import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../domain/plan';
import { useOpsActions } from '../store/bound-store';
import { Dialog } from '../ui/dialog';
import { Field } from '../ui/field';
import { FormActions } from '../ui/form-actions';

/** Keeps this plan's shape (columns, people, tasks, links, goals, risks) to start the next one from. */
export function SaveTemplateDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation();
  const { saveAsTemplate } = useOpsActions();
  const [name, setName] = useState(plan.name);
  const [touched, setTouched] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (name.trim() && saveAsTemplate(plan.id, name)) onClose();
  };
  return (
    <Dialog title={t('plan.saveTemplateTitle', { name: plan.name })} onClose={onClose}>
      <form onSubmit={submit} className="form-grid" noValidate>
        <p className="muted">{t('plan.saveTemplateBody')}</p>
        <Field label={t('plan.templateName')} error={touched && !name.trim() ? t('validation.required') : null}>
          <input type="text" value={name} maxLength={500} data-autofocus onChange={(e) => setName(e.target.value)} />
        </Field>
        <FormActions cancelLabel={t('common.cancel')} submitLabel={t('plan.saveTemplate')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
