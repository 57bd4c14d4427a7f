import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isGoalMeasurable, type Goal } from '../../domain/goal';
import { useOps, useOpsActions } from '../../store/bound-store';
import { selectDashboard } from '../../store/dashboard-selectors';
import { BreakdownDialog } from './breakdown-dialog';
import { GoalDialog } from './goal-dialog';
import '../../ui/pages.css';

/** SMART goals of the plan: metric from baseline to target by a deadline, and their progress. */
export function GoalsView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { deleteGoal } = useOpsActions();
  const { goals } = useOps(selectDashboard);
  const members = useOps((s) => s.data.members);
  const [dialog, setDialog] = useState<{ kind: 'edit'; goal: Goal | null } | { kind: 'breakdown'; goal: Goal } | null>(null);
  return (
    <section className="page" aria-labelledby="goals-title">
      <div className="toolbar">
        <h1 id="goals-title" className="dash-title">{t('goals.title')}</h1>
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'edit', goal: null })}>{t('goals.new')}</button>
      </div>
      {goals.length === 0 && <p className="muted page-pad">{t('goals.none')}</p>}
      <ul className="card-grid">
        {goals.map(({ goal, progress }) => (
          <li key={goal.id} className="dash-card">
            <h2>{goal.title}</h2>
            {!isGoalMeasurable(goal) && <p className="field-error" role="status">{t('dashboard.notMeasurable')}</p>}
            <dl className="facts">
              <dt>{t('goals.metric')}</dt><dd>{goal.metric || '—'}</dd>
              <dt>{t('goals.fromTo')}</dt><dd>{`${goal.baseline ?? '—'} → ${goal.target ?? '—'} ${goal.unit}`}</dd>
              <dt>{t('goals.deadline')}</dt><dd>{goal.deadline ?? '—'}</dd>
              <dt>{t('task.owner')}</dt><dd>{goal.ownerId ? (members[goal.ownerId]?.name ?? '—') : t('board.unassigned')}</dd>
              <dt>{t('goals.progress')}</dt><dd>{progress.value === null ? '—' : `${Math.round(progress.value * 100)}%`} ({t(progress.source === 'kpi' ? 'dashboard.fromKpi' : 'dashboard.fromTasks')})</dd>
            </dl>
            <div className="dialog-footer">
              <button type="button" aria-label={t('goals.breakDown', { title: goal.title })} onClick={() => setDialog({ kind: 'breakdown', goal })}>{t('goals.breakDownShort')}</button>
              <button type="button" aria-label={t('goals.edit', { title: goal.title })} onClick={() => setDialog({ kind: 'edit', goal })}>{t('common.edit')}</button>
              <button type="button" aria-label={t('goals.delete', { title: goal.title })} className="danger subtle" onClick={() => deleteGoal(goal.id)}>{t('common.delete')}</button>
            </div>
          </li>
        ))}
      </ul>
      {dialog?.kind === 'edit' && <GoalDialog planId={planId} goal={dialog.goal} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'breakdown' && <BreakdownDialog goal={dialog.goal} onClose={() => setDialog(null)} />}
    </section>
  );
}
