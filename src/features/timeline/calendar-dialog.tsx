import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STANDARD_CALENDAR } from '../../domain/calendar';
import { chinaCalendar } from '../../domain/china-holidays';
import { isIsoDate } from '../../domain/dates';
import { useOps, useOpsActions } from '../../store/bound-store';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** Edit which weekdays are off, the public holidays, and the make-up working days (调休). */
export function CalendarDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { updateCalendar } = useOpsActions();
  const calendar = useOps((s) => s.data.plans[planId]?.calendar) ?? STANDARD_CALENDAR;
  const [weekend, setWeekend] = useState(new Set(calendar.weekendDays));
  const [holidays, setHolidays] = useState(calendar.holidays.join('\n'));
  const [workdays, setWorkdays] = useState(calendar.workdays.join('\n'));
  const [submitted, setSubmitted] = useState(false);
  const parse = (text: string) => text.split(/[\s,，]+/).map((d) => d.trim()).filter(Boolean);
  const badDate = (text: string) => parse(text).find((d) => !isIsoDate(d));
  const holidayError = submitted && badDate(holidays) ? t('timeline.badDate', { value: badDate(holidays) }) : null;
  const workdayError = submitted && badDate(workdays) ? t('timeline.badDate', { value: badDate(workdays) }) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (badDate(holidays) || badDate(workdays) || weekend.size > 6) return;
    const unique = (text: string) => [...new Set(parse(text))].sort();
    if (updateCalendar(planId, { weekendDays: [...weekend].sort(), holidays: unique(holidays), workdays: unique(workdays) })) onClose();
  };
  const loadChina = () => {
    const china = chinaCalendar();
    setHolidays([...new Set([...parse(holidays), ...china.holidays])].sort().join('\n'));
    setWorkdays([...new Set([...parse(workdays), ...china.workdays])].sort().join('\n'));
  };
  return (
    <Dialog title={t('timeline.calendar')} onClose={onClose}>
      <form onSubmit={submit} className="form-grid" noValidate>
        <fieldset className="radio-group">
          <legend>{t('timeline.daysOff')}</legend>
          {WEEKDAYS.map((day) => (
            <label key={day} className="checkbox">
              <input type="checkbox" checked={weekend.has(day)} onChange={(e) => setWeekend((w) => { const next = new Set(w); if (e.target.checked) next.add(day); else next.delete(day); return next; })} />
              {t(`weekday.${day}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('timeline.holidays')} hint={t('timeline.datesHint')} error={holidayError}>
          <textarea rows={5} value={holidays} onChange={(e) => setHolidays(e.target.value)} />
        </Field>
        <Field label={t('timeline.workdays')} hint={t('timeline.datesHint')} error={workdayError}>
          <textarea rows={3} value={workdays} onChange={(e) => setWorkdays(e.target.value)} />
        </Field>
        <div><button type="button" onClick={loadChina}>{t('timeline.loadChina')}</button></div>
        <FormActions cancelLabel={t('common.cancel')} submitLabel={t('common.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
