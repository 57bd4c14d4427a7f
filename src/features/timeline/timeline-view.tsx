import type Gantt from 'frappe-gantt';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workingDayTest } from '../../domain/calendar';
import { addDays } from '../../domain/dates';
import { pickLanguage } from '../../domain/locale';
import { useOps, useOpsActions } from '../../store/bound-store';
import { selectPlanDependencies } from '../../store/dependency-selectors';
import { selectPlanBaselines } from '../../store/timeline-selectors';
import { useStableIds } from '../../ui/use-stable-ids';
import { ViewRegion } from '../../ui/view-region';
import { decorateGantt, xOfDate } from './gantt-overlay';
import { GanttChart, HEADER_HEIGHT, ROW_HEIGHT } from './gantt-chart';
import { overlayLabeller } from './overlay-labels';
import { TaskDetailsPane } from './task-details-pane';
import { TimelineGrid } from './timeline-grid';
import { TimelinePrint } from './timeline-print';
import { TimelineToolbar } from './timeline-toolbar';
import { toGanttTasks } from './to-gantt-tasks';
import { useTimelineKeyboard } from './use-timeline-keyboard';
import { useTimelineModel } from './use-timeline-model';
import { useViewportRows } from './use-viewport-rows';
import '../../ui/pages.css';
import './timeline.css';

// Reached through this module by the view's loader (lazy-views.tsx), so it comes in the view's chunk.
export { warmTimeline } from './warm-timeline';

/**
 * The Gantt timeline: a task grid and frappe-gantt bars, both fed only the rows in view so a
 * plan of 10,000 tasks renders a screenful. Scheduling, links, milestones and baselines are ours.
 */
export function TimelineView({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const actions = useOpsActions();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const { rows, range, analysis, tasksById } = useTimelineModel(planId, collapsed);
  const columns = useOps((s) => s.data.columns);
  const links = useOps(selectPlanDependencies);
  const calendar = useOps((s) => s.data.plans[planId]?.calendar);
  const zoom = useOps((s) => s.ui.timelineZoom);
  const today = useOps((s) => s.ui.today);
  const selectedId = useOps((s) => s.ui.selectedTaskId);
  const baselineId = useOps((s) => s.ui.baselineId);
  const baselines = useOps(selectPlanBaselines);
  const baseline = baselines.find((b) => b.id === baselineId) ?? null;
  const [showCritical, setShowCritical] = useState(true);
  const [printing, setPrinting] = useState(false);
  const stopPrinting = useCallback(() => setPrinting(false), []);
  const planName = useOps((s) => s.data.plans[planId]?.name ?? '');
  const chart = useRef<Gantt | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const { first, count, offset, height } = useViewportRows(body, rows.length, ROW_HEIGHT);

  const visibleRows = useMemo(() => rows.slice(first, first + count), [rows, first, count]);
  // The chart is fed a block of rows around the view: scrolling inside it only moves the chart,
  // and frappe-gantt is asked for new bars once per block.
  const chartFirst = Math.floor(first / CHART_BLOCK_ROWS) * CHART_BLOCK_ROWS;
  // Its length is rounded up to whole blocks, so the first measurement of the height (or a
  // small resize) does not make it redraw either.
  const chartLength = (Math.ceil(count / CHART_BLOCK_ROWS) + 1) * CHART_BLOCK_ROWS;
  const chartRows = useMemo(() => rows.slice(chartFirst, chartFirst + chartLength), [rows, chartFirst, chartLength]);
  const ganttTasks = useMemo(() => toGanttTasks(chartRows, tasksById, range), [chartRows, tasksById, range]);
  const isWorking = useMemo(() => workingDayTest(calendar ?? { weekendDays: [0, 6], holidays: [], workdays: [] }), [calendar]);
  const critical = analysis.ok && showCritical ? analysis.criticalPath.critical : null;
  // The chart's critical bars, kept while the same ones are critical: every change gives a new
  // analysis (a drag at 10,000 tasks works out float again after the bar is drawn), and our
  // layer is drawn again only when it changes a bar in the chart.
  const criticalIds = useStableIds(critical ? chartRows.flatMap((r) => (r.kind === 'task' && critical.has(r.taskId) ? [r.taskId] : [])) : []);
  const criticalBars = useMemo(() => new Set(criticalIds), [criticalIds]);

  const labels = useMemo(() => overlayLabeller(t), [t]);
  const decorate = useCallback((gantt: Gantt) => {
    const classes = new Map<string, string[]>();
    const barLabels = new Map<string, string>();
    for (const row of chartRows) {
      if (row.kind !== 'task') continue;
      const task = tasksById[row.taskId];
      if (task) barLabels.set(task.id, labels.bar(task));
      const list: string[] = [];
      if (criticalBars.has(row.taskId)) list.push('op-critical');
      if (row.taskId === selectedId) list.push('op-selected');
      if (columns[tasksById[row.taskId]?.columnId ?? '']?.category === 'done') list.push('op-done');
      classes.set(row.taskId, list);
    }
    const baselineDates = new Map(baseline ? chartRows.flatMap((r) => (r.kind === 'task' && baseline.tasks[r.taskId] ? [[r.taskId, baseline.tasks[r.taskId]!] as const] : [])) : []);
    decorateGantt(gantt, {
      links, classes, baselines: baselineDates, barLabels,
      isWorkingDay: zoom === 'day' || zoom === 'week' ? isWorking : null,
      linkLabel: (l) => labels.link(l, tasksById[l.fromId], tasksById[l.toId]),
    });
  }, [chartRows, criticalBars, selectedId, columns, tasksById, baseline, links, labels, zoom, isWorking]);

  // A newly selected task's row is scrolled into view: its details open under the chart and take
  // their room from it, which would otherwise cover the row of a task chosen near the bottom.
  useLayoutEffect(() => {
    const el = body.current;
    if (!el || !selectedId) return;
    const index = rows.findIndex((r) => r.kind === 'task' && r.taskId === selectedId);
    if (index < 0) return;
    const top = index * ROW_HEIGHT;
    const shown = el.clientHeight - HEADER_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + shown) el.scrollTop = top + ROW_HEIGHT - shown;
    // Only when the selection changes: a scroll of the user's own is left alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  // Closing the details deselects the task and gives the keyboard back to the grid, whose arrows
  // select the next one: focus would otherwise fall to the page with the pane it was in.
  const closeDetails = () => {
    actions.selectTask(null);
    body.current?.querySelector<HTMLElement>('[role="treegrid"]')?.focus();
  };

  const keyboard = useTimelineKeyboard(rows, planId, (delta) => {
    const el = body.current;
    if (el) el.scrollTop = Math.max(0, el.scrollTop + delta * ROW_HEIGHT);
  });

  return (
    <ViewRegion className="timeline" title={t('timeline.title')}>
      <TimelineToolbar planId={planId} analysis={analysis} showCritical={showCritical} onShowCritical={setShowCritical} onToday={() => chart.current && scrollToDay(chart.current, today)} onPrint={() => setPrinting(true)} />
      {!analysis.ok && <p role="alert" className="field-error">{t('timeline.cycleFound', { detail: analysis.error })}</p>}
      <div ref={body} className="timeline-body">
        <div style={{ height: HEADER_HEIGHT + rows.length * ROW_HEIGHT }}>
          <div className="timeline-viewport" style={{ height }}>
            <TimelineGrid
              rows={visibleRows} totalRows={rows.length} firstIndex={first} offsetY={offset} analysis={analysis} baseline={baseline}
              collapsed={collapsed} onToggle={(id) => setCollapsed((c) => toggled(c, id))} keyboard={keyboard}
            />
            {analysis.ok && (
              <GanttChart
                tasks={ganttTasks} zoom={zoom} language={pickLanguage(i18n.resolvedLanguage)} label={t('timeline.chart')} height={height} offsetY={offset + (first - chartFirst) * ROW_HEIGHT}
                decorate={decorate} onReady={(g) => { chart.current = g; scrollToDay(g, today); }}
                onReschedule={(id, start, due) => actions.rescheduleTask(id, start, due)}
                onProgress={(id, progress) => actions.updateTask(id, { progress })}
                onSelect={(id) => actions.selectTask(id)}
              />
            )}
          </div>
        </div>
      </div>
      {selectedId && tasksById[selectedId]?.planId === planId && <TaskDetailsPane taskId={selectedId} analysis={analysis} onClose={closeDetails} />}
      {printing && <TimelinePrint rows={rows} range={range} title={planName} onDone={stopPrinting} />}
    </ViewRegion>
  );
}

/**
 * Rows the chart's block moves by. A new block keeps the bars it shares with the last one and
 * draws only the rows it adds (redrawBars), so a small block costs little per step; and every
 * full draw (a zoom, a reshaped chart) draws each row of the block, so a small block draws fewer
 * bars there: at 8, a 22-row view is drawn with 32 bars instead of 64 at 32 rows, and a zoom at
 * 10,000 tasks took 41 ms against 72 (median of 7, interleaved) with no longer scroll frames.
 */
const CHART_BLOCK_ROWS = 8;

/** Puts a day a little in from the chart's left edge, with a week of context before it. */
function scrollToDay(gantt: Gantt, day: string) {
  gantt.$container.scrollLeft = Math.max(0, xOfDate(gantt, addDays(day, -7), false));
}

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
