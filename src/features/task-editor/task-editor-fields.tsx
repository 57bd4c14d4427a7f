import { useTranslation } from 'react-i18next';
import { PRIORITIES, RECURRENCE_UNITS, TERMS, type Task } from '../../domain/task';
import type { TaskDraft } from '../../domain/task-draft';
import { selectPlanTasks } from '../../store/board-selectors';
import { useOps } from '../../store/bound-store';
import { selectMembers } from '../../store/plan-selectors';
import { Field } from '../../ui/field';

type TaskEditorFieldsProps = {
  task: Task;
  draft: TaskDraft;
  onChange: (fields: Partial<TaskDraft>) => void;
  error: (key: keyof TaskDraft) => string | null;
};

export function TaskEditorFields({ task, draft, onChange, error }: TaskEditorFieldsProps) {
  const { t } = useTranslation();
  const members = useOps(selectMembers);
  const planTasks = useOps((s) => selectPlanTasks(s, task.planId));
  const goals = useOps((s) => s.data.goals);
  const planGoals = Object.values(goals).filter((g) => g.planId === task.planId);
  const text = (key: keyof TaskDraft) => ({ value: draft[key] as string, onChange: (e: { target: { value: string } }) => onChange({ [key]: e.target.value }) });

  return (
    <div className="form-grid two">
      <Field label={t('task.titleField')} error={error('title')} className="span-2">
        <input type="text" maxLength={500} data-autofocus {...text('title')} />
      </Field>
      <Field label={t('task.description')} className="span-2">
        <textarea rows={3} maxLength={20000} {...text('description')} />
      </Field>
      <Field label={t('task.owner')}>
        <select {...text('ownerId')}>
          <option value="">{t('board.unassigned')}</option>
          {members.map((m) => <option key={m.id} value={m.id}>{m.role ? `${m.name} · ${m.role}` : m.name}</option>)}
        </select>
      </Field>
      <Field label={t('task.priority')}>
        <select {...text('priority')}>
          {PRIORITIES.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
        </select>
      </Field>
      <Field label={t('task.start')} error={error('startDate')}>
        <input type="date" {...text('startDate')} />
      </Field>
      <Field label={t('task.due')} error={error('dueDate')}>
        <input type="date" {...text('dueDate')} />
      </Field>
      <Field label={t('task.estimateHours')} error={error('estimateHours')}>
        <input type="number" min={0} step="0.5" {...text('estimateHours')} />
      </Field>
      <Field label={t('task.actualHours')} error={error('actualHours')}>
        <input type="number" min={0} step="0.5" {...text('actualHours')} />
      </Field>
      <Field label={t('task.plannedCost')} error={error('plannedCost')}>
        <input type="number" min={0} step="1" {...text('plannedCost')} />
      </Field>
      <Field label={t('task.actualCost')} error={error('actualCost')}>
        <input type="number" min={0} step="1" {...text('actualCost')} />
      </Field>
      <Field label={t('task.progress')} error={error('progress')}>
        <input type="number" min={0} max={100} step={5} {...text('progress')} />
      </Field>
      <Field label={t('task.term')}>
        <select {...text('term')}>
          <option value="">—</option>
          {TERMS.map((term) => <option key={term} value={term}>{t(`term.${term}`)}</option>)}
        </select>
      </Field>
      <Field label={t('task.repeat')}>
        <select {...text('repeat')}>
          <option value="">{t('task.repeatNever')}</option>
          {RECURRENCE_UNITS.map((unit) => <option key={unit} value={unit}>{t(`task.repeat_${unit}`)}</option>)}
        </select>
      </Field>
      {draft.repeat !== '' && (
        <Field label={t('task.repeatEvery')} error={error('repeatEvery')} hint={t('task.repeatHint')}>
          <input type="number" min={1} max={52} step={1} {...text('repeatEvery')} />
        </Field>
      )}
      <Field label={t('task.goal')}>
        <select {...text('goalId')}>
          <option value="">{t('board.noGoal')}</option>
          {planGoals.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
        </select>
      </Field>
      <Field label={t('task.parent')}>
        <select {...text('parentId')}>
          <option value="">{t('task.noParent')}</option>
          {planTasks.filter((other) => other.id !== task.id).map((other) => <option key={other.id} value={other.id}>{other.title}</option>)}
        </select>
      </Field>
      <Field label={t('task.tags')} hint={t('task.tagsHint')} className="span-2">
        <input type="text" maxLength={2000} {...text('tags')} />
      </Field>
      <Field label={t('task.completionStandard')} className="span-2">
        <textarea rows={2} maxLength={20000} {...text('completionStandard')} />
      </Field>
      <Field label={t('task.expectedResult')} className="span-2">
        <textarea rows={2} maxLength={20000} {...text('expectedResult')} />
      </Field>
      <label className="checkbox span-2">
        <input type="checkbox" checked={draft.isMilestone} onChange={(e) => onChange({ isMilestone: e.target.checked })} />
        {t('task.isMilestone')}
      </label>
    </div>
  );
}
