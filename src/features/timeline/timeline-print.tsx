import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { diffDays, startOfNextMonth } from '../../domain/dates';
import { taskSpan } from '../../domain/schedule';
import type { DateRange } from '../../domain/timeline-range';
import type { TimelineRow } from '../../domain/timeline-rows';
import { useOps } from '../../store/bound-store';

type Props = { rows: TimelineRow[]; range: DateRange; title: string; onDone: () => void };

/**
 * The whole timeline on paper: every row of the left grid with its dates and a bar drawn to scale,
 * month by month. The interactive chart only renders rows in view, so print has its own layout;
 * it renders when asked, opens the print dialog, and goes away after.
 */
export function TimelinePrint({ rows, range, title, onDone }: Props) {
  const { t } = useTranslation();
  const tasks = useOps((s) => s.data.tasks);
  const members = useOps((s) => s.data.members);
  const span = Math.max(1, diffDays(range.start, range.end) + 1);
  const months: { label: string; left: number }[] = [];
  for (let day = `${range.start.slice(0, 7)}-01`; day <= range.end; day = startOfNextMonth(day)) {
    months.push({ label: day.slice(0, 7), left: Math.max(0, diffDays(range.start, day) / span) * 100 });
  }
  useEffect(() => {
    const done = () => onDone();
    window.addEventListener('afterprint', done);
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
    };
  }, [onDone]);

  return (
    <div className="timeline-print" aria-hidden="true">
      <h1>{title}</h1>
      <table>
        <thead>
          <tr>
            <th>{t('task.titleField')}</th><th>{t('task.owner')}</th><th>{t('task.start')}</th><th>{t('task.due')}</th>
            <th className="print-bars">{months.map((m) => <span key={m.label} style={{ left: `${m.left}%` }}>{m.label}</span>)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            if (row.kind === 'goal') return <tr key={row.id} className="print-goal"><td colSpan={5}>{row.title}</td></tr>;
            const task = tasks[row.taskId];
            if (!task) return null;
            const dates = taskSpan(task);
            const left = dates ? (diffDays(range.start, dates.start) / span) * 100 : 0;
            const width = dates ? ((diffDays(dates.start, dates.due) + 1) / span) * 100 : 0;
            return (
              <tr key={row.id}>
                <td style={{ paddingLeft: 4 + row.depth * 12 }}>{task.title}</td>
                <td>{task.ownerId ? (members[task.ownerId]?.name ?? '') : ''}</td>
                <td>{task.startDate ?? ''}</td>
                <td>{task.dueDate ?? ''}</td>
                <td className="print-bars">
                  {dates && (task.isMilestone
                    ? <span className="print-diamond" style={{ left: `${left}%` }}>◆</span>
                    : <span className="print-bar" style={{ left: `${left}%`, width: `${Math.max(width, 0.3)}%` }}><span style={{ width: `${task.progress}%` }} /></span>)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
