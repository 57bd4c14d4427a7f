import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../domain/goal';
import { KPI_DIRECTIONS, type Kpi } from '../../domain/kpi';
import { useOpsActions } from '../../store/bound-store';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';

/** A new business KPI: what is measured, in what unit, which way is better, from where to where. */
export function NewKpiDialog({ planId, goals, onClose }: { planId: string; goals: Goal[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { addKpi } = useOpsActions();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState<Kpi['direction']>('increase');
  const [baseline, setBaseline] = useState('');
  const [target, setTarget] = useState('');
  const [goalId, setGoalId] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const num = (v: string) => (v.trim() === '' ? null : Number(v));
  const bad = (v: string) => v.trim() !== '' && !Number.isFinite(Number(v));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!name.trim() || bad(baseline) || bad(target)) return;
    if (addKpi(planId, { name, unit: unit.trim(), direction, baseline: num(baseline), target: num(target), goalIds: goalId ? [goalId] : [] })) onClose();
  };
  return (
    <Dialog title={t('kpi.new')} onClose={onClose}>
      <form className="form-grid two" onSubmit={submit} noValidate>
        <Field label={t('kpi.name')} error={submitted && !name.trim() ? t('validation.required') : null} className="span-2">
          <input type="text" value={name} maxLength={500} data-autofocus placeholder={t('kpi.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('kpi.unit')}>
          <input type="text" value={unit} maxLength={50} onChange={(e) => setUnit(e.target.value)} />
        </Field>
        <Field label={t('kpi.direction')}>
          <select value={direction} onChange={(e) => setDirection(e.target.value as Kpi['direction'])}>
            {KPI_DIRECTIONS.map((d) => <option key={d} value={d}>{t(`kpi.direction_${d}`)}</option>)}
          </select>
        </Field>
        <Field label={t('dashboard.baseline')} error={submitted && bad(baseline) ? t('validation.notNumber') : null}>
          <input type="number" step="any" value={baseline} onChange={(e) => setBaseline(e.target.value)} />
        </Field>
        <Field label={t('dashboard.target')} error={submitted && bad(target) ? t('validation.notNumber') : null}>
          <input type="number" step="any" value={target} onChange={(e) => setTarget(e.target.value)} />
        </Field>
        <Field label={t('kpi.goal')} className="span-2">
          <select value={goalId} onChange={(e) => setGoalId(e.target.value)}>
            <option value="">{t('board.noGoal')}</option>
            {goals.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
          </select>
        </Field>
        <div className="span-2"><FormActions cancelLabel={t('common.cancel')} submitLabel={t('kpi.create')} onCancel={onClose} /></div>
      </form>
    </Dialog>
  );
}
