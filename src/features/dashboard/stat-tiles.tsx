import { useTranslation } from 'react-i18next';
import type { Ratio } from '../../domain/dashboard-metrics';

type StatTilesProps = {
  completion: Ratio;
  onTime: Ratio;
  due: { overdue: number; dueSoon: number };
  cycle: { median: number | null };
  thisWeekDone: number;
};

const percent = (r: Ratio) => (r.rate === null ? '—' : `${Math.round(r.rate * 100)}%`);

/** The headline numbers, each a labelled term and value. */
export function StatTiles({ completion, onTime, due, cycle, thisWeekDone }: StatTilesProps) {
  const { t } = useTranslation();
  const tiles = [
    { label: t('dashboard.completion'), value: percent(completion), detail: t('dashboard.ofTasks', { part: completion.part, whole: completion.whole }) },
    { label: t('dashboard.onTime'), value: percent(onTime), detail: t('dashboard.ofFinished', { part: onTime.part, whole: onTime.whole }) },
    { label: t('dashboard.overdue'), value: String(due.overdue), detail: t('dashboard.dueSoonCount', { count: due.dueSoon }), alert: due.overdue > 0 },
    { label: t('dashboard.cycleTime'), value: cycle.median === null ? '—' : t('dashboard.days', { count: cycle.median }), detail: t('dashboard.median') },
    { label: t('dashboard.throughputWeek'), value: String(thisWeekDone), detail: t('dashboard.tasksDone', { count: thisWeekDone }) },
  ];
  return (
    <dl className="stat-tiles">
      {tiles.map((tile) => (
        <div key={tile.label} className={tile.alert ? 'stat-tile is-alert' : 'stat-tile'}>
          <dt>{tile.label}</dt>
          <dd><span className="stat-value">{tile.value}</span> <span className="stat-detail">{tile.detail}</span></dd>
        </div>
      ))}
    </dl>
  );
}
