import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOps, useOpsActions } from '../../store/bound-store';
import type { TimelineAnalysis } from '../../store/timeline-selectors';
import { DependencyDialog } from './dependency-dialog';

/**
 * The selected bar's details (frappe-gantt's own popup writes HTML): facts and what to do next,
 * in a pane under the chart, as MS Project's details pane is. It floated over the chart's lower
 * right corner and hid the bars there, the selected one among them when that was where it was.
 */
export function TaskDetailsPane({ taskId, analysis, onClose }: { taskId: string; analysis: TimelineAnalysis; /** Deselects the task (Close, or Escape in the pane). */ onClose: () => void }) {
  const { t } = useTranslation();
  const actions = useOpsActions();
  const task = useOps((s) => s.data.tasks[taskId]);
  const owner = useOps((s) => (task?.ownerId ? s.data.members[task.ownerId]?.name : undefined));
  const [editingLinks, setEditingLinks] = useState(false);
  if (!task) return null;
  const placed = analysis.ok ? analysis.schedule.byId.get(taskId) : undefined;
  const float = analysis.ok ? analysis.criticalPath.floatById.get(taskId) : undefined;
  return (
    <aside className="task-details" aria-label={t('timeline.selected', { title: task.title })} onKeyDown={(event) => {
      // A dialog opened from here stops its own Escape, so this one is the pane's.
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    }}>
      <h2>{task.title}</h2>
      <dl>
        <div><dt>{t('task.start')}</dt><dd>{task.startDate ?? '—'}</dd></div>
        <div><dt>{t('timeline.end')}</dt><dd>{task.dueDate ?? '—'}</dd></div>
        {placed && <div><dt>{t('timeline.days')}</dt><dd>{placed.duration}</dd></div>}
        {float !== undefined && <div><dt>{t('timeline.float')}</dt><dd>{float <= 0 ? t('timeline.onCriticalPath') : float}</dd></div>}
        <div><dt>{t('task.owner')}</dt><dd>{owner ?? t('board.unassigned')}</dd></div>
        <div><dt>{t('task.progress')}</dt><dd>{task.progress}%</dd></div>
        <div><dt>{t('timeline.mode')}</dt><dd>{t(`timeline.mode_${task.schedulingMode}`)}</dd></div>
      </dl>
      <div className="dialog-footer">
        <button type="button" onClick={() => actions.updateTask(taskId, { schedulingMode: task.schedulingMode === 'auto' ? 'manual' : 'auto' })}>
          {t(task.schedulingMode === 'auto' ? 'timeline.makeManual' : 'timeline.makeAuto')}
        </button>
        <button type="button" onClick={() => setEditingLinks(true)}>{t('timeline.dependencies')}</button>
        <button type="button" onClick={() => actions.openTaskEditor(taskId)}>{t('timeline.editTask')}</button>
        <button type="button" onClick={onClose}>{t('common.close')}</button>
      </div>
      {editingLinks && <DependencyDialog taskId={taskId} onClose={() => setEditingLinks(false)} />}
    </aside>
  );
}
