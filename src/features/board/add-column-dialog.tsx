import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpsActions } from '../../store/bound-store';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';

export function AddColumnDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { addColumn } = useOpsActions();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const error = touched && !name.trim() ? t('validation.required') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (name.trim() && addColumn(planId, name)) onClose();
  };
  return (
    <Dialog title={t('board.addColumn')} onClose={onClose}>
      <form onSubmit={submit} className="form-grid">
        <Field label={t('board.columnName')} error={error}>
          <input type="text" value={name} maxLength={500} data-autofocus onChange={(e) => setName(e.target.value)} />
        </Field>
        <FormActions cancelLabel={t('common.cancel')} submitLabel={t('board.addColumn')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
