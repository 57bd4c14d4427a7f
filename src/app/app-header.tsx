import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOps, useOpsActions } from '../store/bound-store';
import { VIEW_NAMES } from '../store/ops-state';
import { selectActivePlan, selectPlans } from '../store/plan-selectors';
import { MenuButton } from '../ui/menu-button';
import { DeletePlanDialog } from './delete-plan-dialog';
import { HistoryButtons } from './history-buttons';
import { LanguageSwitch } from './language-switch';
import { SaveStatus } from './save-status';
import { DataDialog, JoinPlanDialog, NewPlanDialog, preloadDataDialog, SaveTemplateDialog, ShareDialog } from './lazy-dialogs';
import { preloadView } from './lazy-views';
import { SyncStatus } from './sync-status';

export function AppHeader() {
  const { t } = useTranslation();
  const actions = useOpsActions();
  const plans = useOps(selectPlans);
  const activePlan = useOps(selectActivePlan);
  const view = useOps((s) => s.ui.view);
  const [dialog, setDialog] = useState<'new' | 'delete' | 'template' | 'data' | 'share' | 'join' | null>(null);

  return (
    <header className="app-header">
      <div className="header-plan">
        <span className="brand">Opsplan</span>
        {plans.length > 0 && (
          <select className="plan-select" aria-label={t('plan.current')} value={activePlan?.id ?? ''} onChange={(e) => actions.selectPlan(e.target.value)}>
            {plans.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        )}
        <button type="button" onClick={() => setDialog('new')}>{t('plan.new')}</button>
        {activePlan && (
          <MenuButton
            label={t('plan.menu', { name: activePlan.name })}
            icon="⋯"
            items={[
              { label: t('sync.share'), onSelect: () => setDialog('share') },
              { label: t('sync.join'), onSelect: () => setDialog('join') },
              { label: t('plan.saveTemplate'), onSelect: () => setDialog('template') },
              { label: t('plan.delete'), onSelect: () => setDialog('delete') },
            ]}
          />
        )}
        <button type="button" onPointerEnter={() => void preloadDataDialog()} onFocus={() => void preloadDataDialog()} onClick={() => setDialog('data')}>{t('exchange.open')}</button>
      </div>
      <div className="header-status">
        <SyncStatus />
        <SaveStatus />
      </div>
      <nav aria-label={t('view.nav')} className="view-nav">
        {VIEW_NAMES.map((v) => (
          <button key={v} type="button" aria-current={view === v ? 'page' : undefined} className={view === v ? 'active' : ''} onClick={() => actions.showView(v)} onPointerEnter={() => void preloadView(v)} onFocus={() => void preloadView(v)}>
            {t(`view.${v}`)}
          </button>
        ))}
      </nav>
      <div className="header-tools">
        <HistoryButtons />
        <LanguageSwitch />
      </div>
      {dialog === 'new' && <NewPlanDialog onClose={() => setDialog(null)} />}
      {dialog === 'data' && <DataDialog onClose={() => setDialog(null)} />}
      {dialog === 'template' && activePlan && <SaveTemplateDialog plan={activePlan} onClose={() => setDialog(null)} />}
      {dialog === 'share' && activePlan && <ShareDialog plan={activePlan} onClose={() => setDialog(null)} />}
      {dialog === 'join' && <JoinPlanDialog onClose={() => setDialog(null)} />}
      {dialog === 'delete' && activePlan && <DeletePlanDialog plan={activePlan} onClose={() => setDialog(null)} />}
    </header>
  );
}
