import { useTranslation } from 'react-i18next';
import type { MilestoneState } from '../../domain/dashboard-metrics';

type MilestoneCardProps = { milestones: { id: string; title: string; date: string | null; state: MilestoneState }[] };

export function MilestoneCard({ milestones }: MilestoneCardProps) {
  const { t } = useTranslation();
  return (
    <section className="dash-card" aria-labelledby="dash-milestones">
      <header className="dash-card-header"><h2 id="dash-milestones">{t('dashboard.milestones')}</h2></header>
      {milestones.length === 0 ? <p className="muted">{t('dashboard.noMilestones')}</p> : (
        <ul className="dash-list">
          {milestones.map((m) => (
            <li key={m.id}>
              <span className="milestone-mark" aria-hidden="true">◆</span> {m.title}
              <span className="spacer" />
              <time dateTime={m.date ?? undefined}>{m.date ?? '—'}</time>
              <span className={`badge milestone-${m.state}`}>{t(`dashboard.milestone_${m.state}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
