import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, type IsoDate } from '../../domain/dates';
import { taskSpan } from '../../domain/schedule';
import { buildTimelineRows } from '../../domain/timeline-rows';
import { selectPlanTasks } from '../../store/board-selectors';
import { useOps } from '../../store/bound-store';
import { selectPlanGoals, selectTimelineAnalysis } from '../../store/timeline-selectors';

/** What the timeline shows: tree rows, the date range of the whole plan, the analysis. */
export function useTimelineModel(planId: string, collapsed: ReadonlySet<string>) {
  const { t } = useTranslation();
  const tasks = useOps((s) => selectPlanTasks(s, planId));
  const goals = useOps(selectPlanGoals);
  const analysis = useOps(selectTimelineAnalysis);
  const today = useOps((s) => s.ui.today);
  const rows = useMemo(() => buildTimelineRows(tasks, goals, collapsed, t('board.noGoal')), [tasks, goals, collapsed, t]);
  const range = useMemo(() => {
    let start: IsoDate = today;
    let end: IsoDate = today;
    for (const task of tasks) {
      const span = taskSpan(task);
      if (!span) continue;
      if (span.start < start) start = span.start;
      if (span.due > end) end = span.due;
    }
    return { start: addDays(start, -7), end: addDays(end, 14) };
  }, [tasks, today]);
  return { rows, range, analysis };
}
