import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/dates';
import { isGoalMeasurable, type Goal } from '../../domain/goal';
import { useOps, useOpsActions } from '../../store/bound-store';
import { selectMembers } from '../../store/plan-selectors';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';

/** Create or edit a goal; a goal with no metric, target or deadline is saved but called out. */
export function GoalDialog({ planId, goal, onClose }: { planId: string; goal: Goal | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { addGoal, updateGoal } = useOpsActions();
  const members = useOps(selectMembers);
  const [draft, setDraft] = useState({
    title: goal?.title ?? '', description: goal?.description ?? '', metric: goal?.metric ?? '', unit: goal?.unit ?? '',
    baseline: goal?.baseline?.toString() ?? '', target: goal?.target?.toString() ?? '', deadline: goal?.deadline ?? '', ownerId: goal?.ownerId ?? '',
  });
  const [submitted, setSubmitted] = useState(false);
  const set = (key: keyof typeof draft) => ({ value: draft[key], onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value })) });
  const num = (v: string) => (v.trim() === '' ? null : Number(v));
  const numError = (v: string) => (submitted && v.trim() !== '' && !Number.isFinite(Number(v)) ? t('validation.notNumber') : null);
  const dateError = submitted && draft.deadline !== '' && !isIsoDate(draft.deadline) ? t('validation.invalidDate') : null;
  const fields = { title: draft.title.trim(), description: draft.description, metric: draft.metric.trim(), unit: draft.unit.trim(), baseline: num(draft.baseline), target: num(draft.target), deadline: draft.deadline || null, ownerId: draft.ownerId || null };
  const measurable = isGoalMeasurable({ ...fields, id: 'x', planId, kpiId: null });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!fields.title || numError(draft.baseline) || numError(draft.target) || (draft.deadline && !isIsoDate(draft.deadline))) return;
    if ([fields.baseline, fields.target].some((v) => v !== null && !Number.isFinite(v))) return;
    const ok = goal ? updateGoal(goal.id, fields) : addGoal(planId, fields) !== null;
    if (ok) onClose();
  };
  return (
    <Dialog title={goal ? t('goals.edit', { title: goal.title }) : t('goals.new')} onClose={onClose}>
      <form className="form-grid two" onSubmit={submit} noValidate>
        <Field label={t('goals.titleField')} error={submitted && !fields.title ? t('validation.required') : null} className="span-2">
          <input type="text" maxLength={500} data-autofocus placeholder={t('goals.titlePlaceholder')} {...set('title')} />
        </Field>
        <Field label={t('goals.metric')}><input type="text" maxLength={500} placeholder={t('goals.metricPlaceholder')} {...set('metric')} /></Field>
        <Field label={t('kpi.unit')}><input type="text" maxLength={50} {...set('unit')} /></Field>
        <Field label={t('dashboard.baseline')} error={numError(draft.baseline)}><input type="number" step="any" {...set('baseline')} /></Field>
        <Field label={t('dashboard.target')} error={numError(draft.target)}><input type="number" step="any" {...set('target')} /></Field>
        <Field label={t('goals.deadline')} error={dateError}><input type="date" {...set('deadline')} /></Field>
        <Field label={t('task.owner')}>
          <select {...set('ownerId')}>
            <option value="">{t('board.unassigned')}</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </Field>
        <Field label={t('task.description')} className="span-2"><textarea rows={2} maxLength={20000} {...set('description')} /></Field>
        {!measurable && fields.title && <p className="field-hint span-2" role="status">{t('goals.smartHint')}</p>}
        <div className="span-2"><FormActions cancelLabel={t('common.cancel')} submitLabel={t('common.save')} onCancel={onClose} /></div>
      </form>
    </Dialog>
  );
}
