import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changedTaskFields, draftFromTask, type DraftErrors, type TaskDraft } from '../../domain/task-draft';
import type { Task } from '../../domain/task';
import { useOps, useOpsActions } from '../../store/bound-store';
import { Dialog } from '../../ui/dialog';
import { ChecklistEditor } from './checklist-editor';
import { RaciEditor } from './raci-editor';
import { TaskComments } from './task-comments';
import { TaskEditorFields } from './task-editor-fields';
import './task-editor.css';

/** The card editor: every field of a task, saved as one undoable change. */
export function TaskEditorDialog({ taskId }: { taskId: string }) {
  const task = useOps((s) => s.data.tasks[taskId]);
  const { closeTaskEditor } = useOpsActions();
  if (!task) return null;
  return <TaskEditorForm key={task.id} task={task} onClose={closeTaskEditor} />;
}

function TaskEditorForm({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const { updateTask, deleteTask } = useOpsActions();
  const [initial] = useState<TaskDraft>(() => draftFromTask(task));
  const [draft, setDraft] = useState<TaskDraft>(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const change = (fields: Partial<TaskDraft>) => setDraft((d) => ({ ...d, ...fields }));
  const message = (key: keyof TaskDraft) => (errors[key] ? t(`validation.${errors[key]}`) : null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const parsed = changedTaskFields(initial, draft);
    setErrors(parsed.errors);
    if (Object.keys(parsed.errors).length > 0) return;
    if (updateTask(task.id, parsed.fields)) onClose();
  };

  return (
    <Dialog title={t('editor.title', { title: task.title })} onClose={onClose} wide>
      <form className="editor" onSubmit={save} noValidate>
        <TaskEditorFields task={task} draft={draft} onChange={change} error={message} />
        <RaciEditor planId={task.planId} raci={draft.raci} onChange={(raci) => change({ raci })} />
        <ChecklistEditor items={draft.checklist} onChange={(checklist) => change({ checklist })} />
        {Object.keys(errors).length > 0 && <p role="alert" className="field-error">{t('editor.fixErrors')}</p>}
        <div className="dialog-footer">
          {confirmingDelete ? (
            <>
              <span>{t('editor.deleteConfirmText')}</span>
              <button type="button" onClick={() => setConfirmingDelete(false)}>{t('common.cancel')}</button>
              <button type="button" className="danger" onClick={() => deleteTask(task.id)}>{t('editor.deleteConfirm')}</button>
            </>
          ) : (
            <button type="button" className="danger subtle" onClick={() => setConfirmingDelete(true)}>{t('editor.delete')}</button>
          )}
          <span className="spacer" />
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="primary">{t('common.save')}</button>
        </div>
      </form>
      <TaskComments task={task} />
    </Dialog>
  );
}
