import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDraft, ImportIssue } from '../../domain/interchange/import-draft';
import type { PlanTemplate } from '../../domain/template';
import { Field } from '../../ui/field';
import { issueText } from './issue-text';

type Props = { draft: ImportDraft; template: PlanTemplate; startDate: string; skipped: ImportIssue[]; onImport: (name: string) => void };

const SHOWN_ISSUES = 50;

/** What the import will create and what it leaves out, before anything is written. */
export function ImportPreview({ draft, template, startDate, skipped, onImport }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(template.name);
  const links = template.tasks.reduce((n, task) => n + task.after.length, 0);
  const milestones = template.tasks.filter((task) => task.isMilestone).length;
  return (
    <div className="import-preview" role="region" aria-label={t('exchange.preview')}>
      <p>{t('exchange.planSummary', { format: draft.format, tasks: template.tasks.length, links, milestones, people: template.roles.length, start: startDate })}</p>
      <p className="muted">{t('exchange.columns', { names: template.columns.map((c) => c.name).join(' · ') })}</p>
      {skipped.length > 0 && (
        <details open={skipped.length <= 10}>
          <summary>{t('exchange.skipped', { count: skipped.length })}</summary>
          <ul className="skipped-list">
            {skipped.slice(0, SHOWN_ISSUES).map((issue, i) => <li key={i}>{issueText(t, issue)}</li>)}
            {skipped.length > SHOWN_ISSUES && <li>{t('exchange.andMore', { count: skipped.length - SHOWN_ISSUES })}</li>}
          </ul>
        </details>
      )}
      <Field label={t('plan.name')}>
        <input type="text" value={name} maxLength={500} onChange={(e) => setName(e.target.value)} />
      </Field>
      <button type="button" className="primary" onClick={() => onImport(name)}>{t('exchange.importAsPlan')}</button>
    </div>
  );
}
