import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, isIsoDate } from '../../domain/dates';
import type { Goal } from '../../domain/goal';
import type { BreakdownLevel } from '../../domain/goal-commands';
import { useOps, useOpsActions } from '../../store/bound-store';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';

const LEVELS: BreakdownLevel[] = ['month', 'week', 'day'];

/** Split a goal into monthly, weekly and daily tasks (细化任务), nested under each other. */
export function BreakdownDialog({ goal, onClose }: { goal: Goal; onClose: () => void }) {
  const { t } = useTranslation();
  const { breakDownGoal, showView } = useOpsActions();
  const today = useOps((s) => s.ui.today);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(goal.deadline && goal.deadline >= today ? goal.deadline : addDays(today, 27));
  const [levels, setLevels] = useState<BreakdownLevel[]>(['month', 'week']);
  const [submitted, setSubmitted] = useState(false);
  const datesOk = isIsoDate(from) && isIsoDate(to) && from <= to;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!datesOk || levels.length === 0) return;
    const ok = breakDownGoal(goal.id, from, to, levels, {
      month: (n) => t('goals.monthTask', { n, goal: goal.title }),
      week: (n) => t('goals.weekTask', { n }),
      day: (date) => t('goals.dayTask', { date }),
    });
    if (ok) {
      onClose();
      showView('timeline');
    }
  };
  return (
    <Dialog title={t('goals.breakDown', { title: goal.title })} onClose={onClose}>
      <form className="form-grid two" onSubmit={submit} noValidate>
        <Field label={t('goals.from')} error={submitted && !isIsoDate(from) ? t('validation.invalidDate') : null}><input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></Field>
        <Field label={t('goals.to')} error={submitted && isIsoDate(from) && !datesOk ? t('validation.dueBeforeStart') : null}><input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></Field>
        <fieldset className="radio-group span-2">
          <legend>{t('goals.levels')}</legend>
          {LEVELS.map((level) => (
            <label key={level} className="checkbox">
              <input type="checkbox" checked={levels.includes(level)} onChange={(e) => setLevels((l) => (e.target.checked ? [...l, level] : l.filter((x) => x !== level)))} />
              {t(`goals.level_${level}`)}
            </label>
          ))}
          {submitted && levels.length === 0 && <span className="field-error">{t('goals.pickLevel')}</span>}
        </fieldset>
        <div className="span-2"><FormActions cancelLabel={t('common.cancel')} submitLabel={t('goals.create')} onCancel={onClose} /></div>
      </form>
    </Dialog>
  );
}
