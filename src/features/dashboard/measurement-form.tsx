import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/dates';
import type { Kpi } from '../../domain/kpi';
import { useOps, useOpsActions } from '../../store/bound-store';
import { Field } from '../../ui/field';

/** Enter one dated value of a KPI. */
export function MeasurementForm({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation();
  const { addMeasurement } = useOpsActions();
  const today = useOps((s) => s.ui.today);
  const [date, setDate] = useState(today);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const parsed = Number(value);
  const valueError = submitted && (value.trim() === '' || !Number.isFinite(parsed)) ? t('validation.notNumber') : null;
  const dateError = submitted && !isIsoDate(date) ? t('validation.invalidDate') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (value.trim() === '' || !Number.isFinite(parsed) || !isIsoDate(date)) return;
    if (addMeasurement(kpi.id, date, parsed, note)) {
      setValue('');
      setNote('');
      setSubmitted(false);
    }
  };
  return (
    <form className="measurement-form" onSubmit={submit} noValidate aria-label={t('kpi.addMeasurementTo', { name: kpi.name })}>
      <Field label={t('dashboard.date')} error={dateError}>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <Field label={t('dashboard.value')} error={valueError}>
        <input type="number" step="any" value={value} onChange={(e) => setValue(e.target.value)} />
      </Field>
      <Field label={t('kpi.note')}>
        <input type="text" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <button type="submit">{t('kpi.addMeasurement')}</button>
    </form>
  );
}
