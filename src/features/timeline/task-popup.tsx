import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOps, useOpsActions } from '../../store/bound-store';
import type { TimelineAnalysis } from '../../store/timeline-selectors';
import { DependencyDialog } from './dependency-dialog';

/** Our popup for the selected bar (frappe-gantt's own writes HTML): facts and what to do next. */
export function TaskPopup({ taskId, analysis }: { taskId: string; analysis: TimelineAnalysis }) {
  const { t } = useTranslation();
  const actions = useOpsActions();
  const task = useOps((s) => s.data.tasks[taskId]);
  const owner = useOps((s) => (task?.ownerId ? s.data.members[task.ownerId]?.name : undefined));
  const [editingLinks, setEditingLinks] = useState(false);
  if (!task) return null;
  const placed = analysis.ok ? analysis.schedule.byId.get(taskId) : undefined;
  const float = analysis.ok ? analysis.criticalPath.floatById.get(taskId) : undefined;
  return (
    <aside className="task-popup" aria-label={t('timeline.selected', { title: task.title })}>
      <h2>{task.title}</h2>
      <dl>
        <dt>{t('task.start')}</dt><dd>{task.startDate ?? '—'}</dd>
        <dt>{t('timeline.end')}</dt><dd>{task.dueDate ?? '—'}</dd>
        {placed && <><dt>{t('timeline.days')}</dt><dd>{placed.duration}</dd></>}
        {float !== undefined && <><dt>{t('timeline.float')}</dt><dd>{float <= 0 ? t('timeline.onCriticalPath') : float}</dd></>}
        <dt>{t('task.owner')}</dt><dd>{owner ?? t('board.unassigned')}</dd>
        <dt>{t('task.progress')}</dt><dd>{task.progress}%</dd>
        <dt>{t('timeline.mode')}</dt><dd>{t(`timeline.mode_${task.schedulingMode}`)}</dd>
      </dl>
      <div className="dialog-footer">
        <button type="button" onClick={() => actions.updateTask(taskId, { schedulingMode: task.schedulingMode === 'auto' ? 'manual' : 'auto' })}>
          {t(task.schedulingMode === 'auto' ? 'timeline.makeManual' : 'timeline.makeAuto')}
        </button>
        <button type="button" onClick={() => setEditingLinks(true)}>{t('timeline.dependencies')}</button>
        <button type="button" onClick={() => actions.openTaskEditor(taskId)}>{t('timeline.editTask')}</button>
        <button type="button" onClick={() => actions.selectTask(null)}>{t('common.close')}</button>
      </div>
      {editingLinks && <DependencyDialog taskId={taskId} onClose={() => setEditingLinks(false)} />}
    </aside>
  );
}
