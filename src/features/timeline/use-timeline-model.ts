import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, type IsoDate } from '../../domain/dates';
import { taskSpan } from '../../domain/schedule';
import { timelineRowsBuilder } from '../../domain/timeline-rows';
import { selectPlanTasks } from '../../store/board-selectors';
import { useOps } from '../../store/bound-store';
import { analyseTimeline, selectAnalysisInputs, selectPlanGoals } from '../../store/timeline-selectors';

/** What the timeline shows: tree rows, the date range of the whole plan, the analysis. */
export function useTimelineModel(planId: string, collapsed: ReadonlySet<string>) {
  const { t } = useTranslation();
  const tasks = useOps((s) => selectPlanTasks(s, planId));
  const goals = useOps(selectPlanGoals);
  // The schedule and critical path (working days, float, the red bars) follow a change one render
  // later, in a render React may defer: at 10,000 tasks they cost 7–15 ms, and the rows and bars
  // the user moved are shown first.
  const analysis = analyseTimeline(useDeferredValue(useOps(selectAnalysisInputs)));
  const today = useOps((s) => s.ui.today);
  const [buildRows] = useState(timelineRowsBuilder);
  const rows = useMemo(() => buildRows(tasks, goals, collapsed, t('board.noGoal')), [buildRows, tasks, goals, collapsed, t]);
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
