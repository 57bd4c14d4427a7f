import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLanguage } from '../domain/locale';
import { useOpsActions } from '../store/bound-store';
import { JoinPlanDialog, NewPlanDialog } from './lazy-dialogs';

export function EmptyWorkspace() {
  const { t, i18n } = useTranslation();
  const { createDemoPlan } = useOpsActions();
  const [creating, setCreating] = useState(false);
  const [joining, setJoining] = useState(false);
  return (
    <section className="empty-workspace">
      <h1>{t('plan.noneTitle')}</h1>
      <p>{t('plan.noneBody')}</p>
      <button type="button" className="primary" onClick={() => setCreating(true)}>{t('plan.new')}</button>
      <button type="button" onClick={() => createDemoPlan(pickLanguage(i18n.resolvedLanguage))}>{t('plan.addDemo')}</button>
      <button type="button" onClick={() => setJoining(true)}>{t('sync.join')}</button>
      {creating && <NewPlanDialog onClose={() => setCreating(false)} />}
      {joining && <JoinPlanDialog onClose={() => setJoining(false)} />}
    </section>
  );
}
