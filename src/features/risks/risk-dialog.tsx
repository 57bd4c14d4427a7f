import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/dates';
import { RISK_CATEGORIES, RISK_RESPONSES, RISK_STATUSES, type Risk } from '../../domain/risk';
import { selectPlanTasks } from '../../store/board-selectors';
import { useOps, useOpsActions } from '../../store/bound-store';
import { selectMembers } from '../../store/plan-selectors';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';

const SCALE = [1, 2, 3, 4, 5];

export function RiskDialog({ planId, risk, onClose }: { planId: string; risk: Risk | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { addRisk, updateRisk } = useOpsActions();
  const members = useOps(selectMembers);
  const tasks = useOps((s) => selectPlanTasks(s, planId));
  const [draft, setDraft] = useState<Omit<Risk, 'id' | 'planId'>>(() => risk ?? {
    title: '', description: '', category: 'market', probability: 3, impact: 3, ownerId: null, response: 'mitigate', contingencyPlan: '', trigger: '', reviewDate: null, status: 'identified', taskIds: [],
  });
  const [submitted, setSubmitted] = useState(false);
  const change = (fields: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...fields }));
  const dateBad = draft.reviewDate !== null && !isIsoDate(draft.reviewDate);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!draft.title.trim() || dateBad) return;
    const fields = { ...draft, title: draft.title.trim() };
    if (risk ? updateRisk(risk.id, fields) : addRisk(planId, fields)) onClose();
  };
  return (
    <Dialog title={risk ? t('risks.edit', { title: risk.title }) : t('risks.new')} onClose={onClose} wide>
      <form className="form-grid two" onSubmit={submit} noValidate>
        <Field label={t('risks.risk')} error={submitted && !draft.title.trim() ? t('validation.required') : null} className="span-2">
          <input type="text" maxLength={500} data-autofocus value={draft.title} onChange={(e) => change({ title: e.target.value })} />
        </Field>
        <Field label={t('risks.category')}>
          <select value={draft.category} onChange={(e) => change({ category: e.target.value as Risk['category'] })}>{RISK_CATEGORIES.map((c) => <option key={c} value={c}>{t(`risks.category_${c}`)}</option>)}</select>
        </Field>
        <Field label={t('task.owner')}>
          <select value={draft.ownerId ?? ''} onChange={(e) => change({ ownerId: e.target.value || null })}>
            <option value="">{t('board.unassigned')}</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </Field>
        <Field label={t('risks.probability')}>
          <select value={draft.probability} onChange={(e) => change({ probability: Number(e.target.value) })}>{SCALE.map((n) => <option key={n} value={n}>{n}</option>)}</select>
        </Field>
        <Field label={t('risks.impact')}>
          <select value={draft.impact} onChange={(e) => change({ impact: Number(e.target.value) })}>{SCALE.map((n) => <option key={n} value={n}>{n}</option>)}</select>
        </Field>
        <Field label={t('risks.response')}>
          <select value={draft.response} onChange={(e) => change({ response: e.target.value as Risk['response'] })}>{RISK_RESPONSES.map((r) => <option key={r} value={r}>{t(`risks.response_${r}`)}</option>)}</select>
        </Field>
        <Field label={t('risks.status')}>
          <select value={draft.status} onChange={(e) => change({ status: e.target.value as Risk['status'] })}>{RISK_STATUSES.map((s) => <option key={s} value={s}>{t(`risks.status_${s}`)}</option>)}</select>
        </Field>
        <Field label={t('risks.trigger')}><input type="text" maxLength={500} value={draft.trigger} onChange={(e) => change({ trigger: e.target.value })} /></Field>
        <Field label={t('risks.reviewDate')} error={submitted && dateBad ? t('validation.invalidDate') : null}>
          <input type="date" value={draft.reviewDate ?? ''} onChange={(e) => change({ reviewDate: e.target.value || null })} />
        </Field>
        <Field label={t('risks.contingency')} className="span-2"><textarea rows={2} maxLength={20000} value={draft.contingencyPlan} onChange={(e) => change({ contingencyPlan: e.target.value })} /></Field>
        <Field label={t('risks.tasks')} className="span-2" hint={t('risks.tasksHint')}>
          <select multiple size={5} value={draft.taskIds} onChange={(e) => change({ taskIds: [...e.target.selectedOptions].map((o) => o.value) })}>
            {tasks.map((task) => <option key={task.id} value={task.id}>{task.title}</option>)}
          </select>
        </Field>
        <div className="span-2"><FormActions cancelLabel={t('common.cancel')} submitLabel={t('common.save')} onCancel={onClose} /></div>
      </form>
    </Dialog>
  );
}
