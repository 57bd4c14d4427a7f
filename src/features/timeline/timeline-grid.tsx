import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Baseline } from '../../domain/baseline';
import { finishVarianceDays } from '../../domain/baseline';
import type { TimelineRow } from '../../domain/timeline-rows';
import { useOps, useOpsActions } from '../../store/bound-store';
import type { TimelineAnalysis } from '../../store/timeline-selectors';
import { HEADER_HEIGHT, ROW_HEIGHT } from './gantt-chart';
import type { TimelineKeyboard } from './use-timeline-keyboard';

type TimelineGridProps = {
  rows: TimelineRow[];
  totalRows: number;
  firstIndex: number;
  offsetY: number;
  analysis: TimelineAnalysis;
  baseline: Baseline | null;
  collapsed: ReadonlySet<string>;
  onToggle: (rowId: string) => void;
  keyboard: TimelineKeyboard;
};

/** The task grid left of the bars, row for row: title, owner, start, end, working days, float, variance. */
export function TimelineGrid({ rows, totalRows, firstIndex, offsetY, analysis, baseline, collapsed, onToggle, keyboard }: TimelineGridProps) {
  const { t } = useTranslation();
  const selectedId = useOps((s) => s.ui.selectedTaskId);
  const keysId = useId();
  return (
    <>
      {/* Said when the grid takes focus: nothing on screen told a keyboard user the grid's keys. Outside the grid, whose children are rows. */}
      <span id={keysId} className="visually-hidden">{t('timeline.gridKeys')}</span>
      <div
        role="treegrid" aria-label={t('timeline.grid')} aria-rowcount={totalRows + 1} tabIndex={0} className="timeline-grid"
        aria-activedescendant={selectedId ? `row-${selectedId}` : undefined} aria-describedby={keysId} onKeyDown={keyboard.onKeyDown}
      >
        <div role="row" aria-rowindex={1} className="timeline-grid-header" style={{ height: HEADER_HEIGHT }}>
          <span role="columnheader" className="col-title">{t('task.titleField')}</span>
          <span role="columnheader" className="col-owner">{t('task.owner')}</span>
          <span role="columnheader" className="col-date">{t('task.start')}</span>
          <span role="columnheader" className="col-date">{t('timeline.end')}</span>
          <span role="columnheader" className="col-num">{t('timeline.days')}</span>
          <span role="columnheader" className="col-num">{t('timeline.float')}</span>
          {baseline && <span role="columnheader" className="col-num col-slip">{t('timeline.variance')}</span>}
        </div>
        <div className="timeline-grid-rows" style={{ transform: `translateY(${-offsetY}px)` }}>
          {rows.map((row, i) => (
            <GridRow key={row.id} row={row} rowIndex={firstIndex + i + 2} analysis={analysis} baseline={baseline} expanded={!collapsed.has(row.id)} onToggle={onToggle} selected={row.kind === 'task' && row.taskId === selectedId} />
          ))}
        </div>
      </div>
    </>
  );
}

type GridRowProps = { row: TimelineRow; rowIndex: number; analysis: TimelineAnalysis; baseline: Baseline | null; expanded: boolean; selected: boolean; onToggle: (id: string) => void };

function GridRow({ row, rowIndex, analysis, baseline, expanded, selected, onToggle }: GridRowProps) {
  const { t } = useTranslation();
  const task = useOps((s) => (row.kind === 'task' ? s.data.tasks[row.taskId] : undefined));
  const owner = useOps((s) => (task?.ownerId ? s.data.members[task.ownerId]?.name : undefined));
  const { selectTask, openTaskEditor } = useOpsActions();
  const title = row.kind === 'goal' ? row.title : (task?.title ?? '');
  const toggle = row.hasChildren && (
    <button type="button" className="tree-toggle" aria-label={t(expanded ? 'timeline.collapse' : 'timeline.expand', { title })} onClick={() => onToggle(row.id)}>
      {expanded ? '▾' : '▸'}
    </button>
  );
  const rowProps = { role: 'row', 'aria-rowindex': rowIndex, 'aria-level': row.depth + 1, 'aria-expanded': row.hasChildren ? expanded : undefined, style: { height: ROW_HEIGHT } } as const;
  if (row.kind === 'goal' || !task) {
    return (
      <div {...rowProps} className="timeline-row goal-row">
        <span role="rowheader" aria-label={title} className="col-title" style={{ paddingLeft: row.depth * 16 }}>{toggle}{title}</span>
      </div>
    );
  }
  const placed = analysis.ok ? analysis.schedule.byId.get(task.id) : undefined;
  const float = analysis.ok ? analysis.criticalPath.floatById.get(task.id) : undefined;
  const variance = baseline ? finishVarianceDays(baseline, task) : null;
  return (
    <div {...rowProps} id={`row-${task.id}`} aria-selected={selected} className={selected ? 'timeline-row is-selected' : 'timeline-row'} onClick={() => selectTask(task.id)} onDoubleClick={() => openTaskEditor(task.id)}>
      <span role="rowheader" aria-label={title} className="col-title" style={{ paddingLeft: row.depth * 16 }} title={title}>
        {toggle}
        {task.isMilestone && <span className="milestone-mark" role="img" aria-label={t('task.milestone')}>◆</span>}
        {title}
      </span>
      <span role="gridcell" className="col-owner">{owner ?? ''}</span>
      <span role="gridcell" className="col-date">{task.startDate ?? '—'}</span>
      <span role="gridcell" className="col-date">{task.dueDate ?? '—'}</span>
      <span role="gridcell" className="col-num">{placed ? placed.duration : ''}</span>
      <span role="gridcell" className={float !== undefined && float <= 0 ? 'col-num is-critical' : 'col-num'}>{float ?? ''}</span>
      {baseline && <span role="gridcell" className={variance && variance > 0 ? 'col-num col-slip is-late' : 'col-num col-slip'}>{variance === null ? '' : variance > 0 ? `+${variance}` : variance}</span>}
    </div>
  );
}
