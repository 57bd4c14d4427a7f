import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, startOfWeek } from '../../domain/dates';
import { collectReviewFacts, defaultReviewPeriod } from '../../domain/review-facts';
import type { Review } from '../../domain/review';
import { selectPlanTasks } from '../../store/board-selectors';
import { getOpsStore, useOps, useOpsActions } from '../../store/bound-store';
import { doneTest } from '../../store/dashboard-selectors';
import { selectPlanColumns } from '../../store/plan-selectors';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { factsToMarkdown } from './review-markdown';

type Props = { planId: string; kind: Review['kind']; onClose: () => void; onCreated: (id: string) => void };

/** Generates a review's facts from the plan's data for a period; the team adds notes afterwards. */
export function GenerateReviewDialog({ planId, kind, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { addReview } = useOpsActions();
  const today = useOps((s) => s.ui.today);
  const initial = defaultReviewPeriod(kind, today, startOfWeek(today));
  const [start, setStart] = useState(initial.start);
  const [end, setEnd] = useState(initial.end);
  const [submitted, setSubmitted] = useState(false);
  const valid = isIsoDate(start) && isIsoDate(end) && start <= end;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!valid) return;
    const state = getOpsStore().getState();
    const facts = collectReviewFacts({
      tasks: selectPlanTasks(state, planId), isDone: doneTest(selectPlanColumns(state, planId)),
      risks: Object.values(state.data.risks).filter((r) => r.planId === planId),
      kpis: Object.values(state.data.kpis).filter((k) => k.planId === planId),
      measurements: Object.values(state.data.measurements).filter((m) => m.planId === planId),
    }, start, end, today);
    const title = t(kind === 'weekly' ? 'reviews.weeklyTitle' : 'reviews.monthlyTitle', { start, end });
    const id = addReview(planId, { kind, periodStart: start, periodEnd: end, title, facts: factsToMarkdown(facts, t), notes: '', lessons: '', tags: [] });
    if (id) {
      onCreated(id);
      onClose();
    }
  };
  return (
    <Dialog title={t(kind === 'weekly' ? 'reviews.generateWeekly' : 'reviews.generateMonthly')} onClose={onClose}>
      <form className="form-grid two" onSubmit={submit} noValidate>
        <Field label={t('goals.from')} error={submitted && !isIsoDate(start) ? t('validation.invalidDate') : null}><input type="date" value={start} onChange={(e) => setStart(e.target.value)} data-autofocus /></Field>
        <Field label={t('goals.to')} error={submitted && isIsoDate(start) && !valid ? t('validation.dueBeforeStart') : null}><input type="date" value={end} onChange={(e) => setEnd(e.target.value)} /></Field>
        <div className="span-2"><FormActions cancelLabel={t('common.cancel')} submitLabel={t('reviews.generate')} onCancel={onClose} /></div>
      </form>
    </Dialog>
  );
}
