import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInTemplates } from '../domain/builtin-templates';
import { isIsoDate } from '../domain/dates';
import { pickLanguage } from '../domain/locale';
import { useOps, useOpsActions } from '../store/bound-store';
import { Dialog } from '../ui/dialog';
import { Field } from '../ui/field';
import { FormActions } from '../ui/form-actions';

type StartFrom = 'empty' | 'demo' | 'template';

/** A new plan: empty with the default columns, the demo monthly plan, or laid down from a template. */
export function NewPlanDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { createPlan, createDemoPlan, createPlanFromTemplate, deleteTemplate, showView } = useOpsActions();
  const language = pickLanguage(i18n.resolvedLanguage);
  const today = useOps((s) => s.ui.today);
  const saved = useOps((s) => s.data.templates);
  const builtIn = useMemo(() => builtInTemplates(language), [language]);
  const savedList = useMemo(() => Object.values(saved).sort((a, b) => a.name.localeCompare(b.name)), [saved]);
  const [name, setName] = useState('');
  const [start, setStart] = useState<StartFrom>('empty');
  const [templateId, setTemplateId] = useState(builtIn[0]?.id ?? '');
  const [startDate, setStartDate] = useState(today);
  const [touched, setTouched] = useState(false);
  const template = builtIn.find((x) => x.id === templateId) ?? saved[templateId];
  const nameError = touched && start === 'empty' && !name.trim() ? t('validation.required') : null;
  const dateError = touched && start === 'template' && !isIsoDate(startDate) ? t('validation.invalidDate') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if ((start === 'empty' && !name.trim()) || (start === 'template' && (!template || !isIsoDate(startDate)))) return;
    const id = start === 'demo' ? createDemoPlan(language)
      : start === 'template' && template ? createPlanFromTemplate(template, name, startDate, language)
      : createPlan(name, language);
    if (id) {
      showView('board');
      onClose();
    }
  };
  return (
    <Dialog title={t('plan.new')} onClose={onClose}>
      <form onSubmit={submit} className="form-grid" noValidate>
        <fieldset className="radio-group">
          <legend>{t('plan.startFrom')}</legend>
          <label><input type="radio" name="start" checked={start === 'empty'} onChange={() => setStart('empty')} /> {t('plan.empty')}</label>
          <label><input type="radio" name="start" checked={start === 'template'} onChange={() => setStart('template')} /> {t('plan.template')}</label>
          <label><input type="radio" name="start" checked={start === 'demo'} onChange={() => setStart('demo')} /> {t('plan.demo')}</label>
        </fieldset>
        {start === 'template' && (
          <>
            <Field label={t('plan.templateField')} hint={template?.description}>
              <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
                <optgroup label={t('plan.builtInTemplates')}>
                  {builtIn.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
                </optgroup>
                {savedList.length > 0 && (
                  <optgroup label={t('plan.savedTemplates')}>
                    {savedList.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
                  </optgroup>
                )}
              </select>
            </Field>
            {saved[templateId] && (
              <button type="button" className="danger subtle" onClick={() => { if (deleteTemplate(templateId)) setTemplateId(builtIn[0]?.id ?? ''); }}>
                {t('plan.deleteTemplate', { name: saved[templateId]?.name })}
              </button>
            )}
            <Field label={t('plan.startDate')} error={dateError}>
              <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
            </Field>
          </>
        )}
        {start !== 'demo' && (
          <Field label={t('plan.name')} error={nameError} hint={start === 'template' ? t('plan.nameFromTemplate') : undefined}>
            <input type="text" value={name} maxLength={500} data-autofocus onChange={(e) => setName(e.target.value)} />
          </Field>
        )}
        <FormActions cancelLabel={t('common.cancel')} submitLabel={t('plan.create')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
