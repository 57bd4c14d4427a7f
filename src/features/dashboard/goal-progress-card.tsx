import { useTranslation } from 'react-i18next';
import { isGoalMeasurable, type Goal } from '../../domain/goal';

type GoalProgressCardProps = { goals: { goal: Goal; progress: { value: number | null; source: 'kpi' | 'tasks' } }[] };

/** Goal progress, from the goal's KPI or its tasks; a goal that cannot be measured is called out. */
export function GoalProgressCard({ goals }: GoalProgressCardProps) {
  const { t } = useTranslation();
  return (
    <section className="dash-card" aria-labelledby="dash-goals">
      <header className="dash-card-header"><h2 id="dash-goals">{t('dashboard.goals')}</h2></header>
      {goals.length === 0 ? <p className="muted">{t('dashboard.noGoals')}</p> : (
        <ul className="dash-list goals">
          {goals.map(({ goal, progress }) => (
            <li key={goal.id}>
              <div className="goal-line">
                <span>{goal.title}</span>
                <span className="muted">{t(progress.source === 'kpi' ? 'dashboard.fromKpi' : 'dashboard.fromTasks')}</span>
              </div>
              <progress max={100} value={progress.value === null ? undefined : Math.round(progress.value * 100)} aria-label={t('dashboard.goalProgress', { title: goal.title })}>
                {progress.value === null ? '—' : `${Math.round(progress.value * 100)}%`}
              </progress>
              <span>{progress.value === null ? '—' : `${Math.round(progress.value * 100)}%`}</span>
              {!isGoalMeasurable(goal) && <p className="field-error">{t('dashboard.notMeasurable')}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
