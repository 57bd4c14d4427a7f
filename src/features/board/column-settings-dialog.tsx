import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_CATEGORIES, type Column, type ColumnCategory } from '../../domain/column';
import { useOpsActions } from '../../store/bound-store';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';

/** Rename a column, set or clear its WIP limit, and say what its cards mean (to do, doing, done). */
export function ColumnSettingsDialog({ column, onClose }: { column: Column; onClose: () => void }) {
  const { t } = useTranslation();
  const { updateColumn } = useOpsActions();
  const [name, setName] = useState(column.name);
  const [limit, setLimit] = useState(column.wipLimit === null ? '' : String(column.wipLimit));
  const [category, setCategory] = useState<ColumnCategory>(column.category);
  const limitValue = limit.trim() === '' ? null : Number(limit);
  const limitError = limitValue !== null && (!Number.isInteger(limitValue) || limitValue < 1) ? t('validation.positiveWhole') : null;
  const nameError = name.trim() === '' ? t('validation.required') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (limitError || nameError) return;
    if (updateColumn(column.id, { name: name.trim(), wipLimit: limitValue, category })) onClose();
  };
  return (
    <Dialog title={t('board.columnSettingsFor', { name: column.name })} onClose={onClose}>
      <form onSubmit={submit} className="form-grid">
        <Field label={t('board.columnName')} error={nameError}>
          <input type="text" value={name} maxLength={500} data-autofocus onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('board.wipLimit')} error={limitError} hint={t('board.wipHint')}>
          <input type="number" min={1} step={1} value={limit} onChange={(e) => setLimit(e.target.value)} />
        </Field>
        <Field label={t('board.category')}>
          <select value={category} onChange={(e) => setCategory(e.target.value as ColumnCategory)}>
            {COLUMN_CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
          </select>
        </Field>
        <FormActions cancelLabel={t('common.cancel')} submitLabel={t('common.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
