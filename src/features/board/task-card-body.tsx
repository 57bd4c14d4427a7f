import type { TFunction } from 'i18next';
import { memo } from 'react';
import { dueStateOf } from '../../domain/due-state';
import { selectCardView } from '../../store/board-selectors';
import { useOps, useOpsActions } from '../../store/bound-store';

/**
 * `inert`: the copy drawn under the pointer during a drag, whose title opens nothing. `t` comes
 * from the card's cell, like the card's own: useTranslation's bookkeeping in each of the 65
 * cards a board mounts was a tenth of their first render.
 */
type TaskCardBodyProps = { taskId: string; t: TFunction; inert?: boolean };

/**
 * What a card shows: title, priority, owner, due date (overdue and due-soon stand out), tags,
 * checklist. Memoised on the task id: it re-renders when its task changes, not at each drag step.
 */
export const TaskCardBody = memo(function TaskCardBody({ taskId, t, inert = false }: TaskCardBodyProps) {
  const { openTaskEditor } = useOpsActions();
  const view = useOps((s) => selectCardView(s, taskId));
  if (!view) return null;
  const { task, ownerName, isDone, today } = view;

  const due = dueStateOf(task, isDone, today);
  const checked = task.checklist.filter((item) => item.done).length;
  return (
    <div className="card-body">
      <button type="button" className="card-title" onClick={inert ? undefined : () => openTaskEditor(taskId)}>
        {task.isMilestone && <span className="milestone-mark" aria-label={t('task.milestone')} role="img">◆</span>}
        {task.recurrence && <span className="repeat-mark" aria-label={t('task.repeats')} role="img" title={t(`task.repeat_${task.recurrence.unit}`)}>↻</span>}{task.recurrence && ' '}
        {task.title}
      </button>
      <div className="card-meta">
        <span className={`badge priority-${task.priority}`}>{t(`priority.${task.priority}`)}</span>
        {ownerName && <span className="card-owner">{ownerName}</span>}
        {task.dueDate && (
          <span className={`card-due due-${due}`}>
            {due === 'overdue' || due === 'due-soon' ? `${t(`due.${due}`)} · ` : ''}
            <time dateTime={task.dueDate}>{task.dueDate}</time>
          </span>
        )}
        {task.checklist.length > 0 && <span className="card-checklist">{t('task.checklistCount', { done: checked, total: task.checklist.length })}</span>}
      </div>
      {task.tags.length > 0 && (
        <ul className="card-tags" aria-label={t('task.tags')}>
          {task.tags.map((tag) => <li key={tag} className="tag">{tag}</li>)}
        </ul>
      )}
    </div>
  );
});
