import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineRangeBuilder } from '../../domain/timeline-range';
import { timelineRowsBuilder } from '../../domain/timeline-rows';
import { selectPlanTasks } from '../../store/board-selectors';
import { useOps } from '../../store/bound-store';
import { analyseTimeline, selectAnalysisInputs, selectPlanGoals } from '../../store/timeline-selectors';

/** What the timeline shows: tree rows, the date range of the whole plan, the analysis, and the store's tasks by id. */
export function useTimelineModel(planId: string, collapsed: ReadonlySet<string>) {
  const { t } = useTranslation();
  const tasks = useOps((s) => selectPlanTasks(s, planId));
  const goals = useOps(selectPlanGoals);
  // The schedule and critical path (working days, float, the red bars) follow a change one render
  // later, in a render React may defer: at 10,000 tasks they cost 7–15 ms, and the rows and bars
  // the user moved are shown first.
  const analysis = analyseTimeline(useDeferredValue(useOps(selectAnalysisInputs)));
  const today = useOps((s) => s.ui.today);
  const tasksById = useOps((s) => s.data.tasks);
  const [buildRows] = useState(timelineRowsBuilder);
  const rows = useMemo(() => buildRows(tasks, goals, collapsed, t('board.noGoal'), tasksById), [buildRows, tasks, goals, collapsed, t, tasksById]);
  const [buildRange] = useState(timelineRangeBuilder);
  const range = useMemo(() => buildRange(tasks, today, tasksById), [buildRange, tasks, today, tasksById]);
  return { rows, range, analysis, tasksById };
}
