import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPENDENCY_TYPES, type Dependency } from '../../domain/dependency';
import { selectPlanTasks } from '../../store/board-selectors';
import { useOps, useOpsActions } from '../../store/bound-store';
import { selectPlanDependencies } from '../../store/dependency-selectors';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';

/** The predecessors of one task: add one (type and lag), change or remove the existing ones. */
export function DependencyDialog({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const actions = useOpsActions();
  const task = useOps((s) => s.data.tasks[taskId]);
  const tasks = useOps((s) => selectPlanTasks(s, task?.planId ?? ''));
  const links = useOps(selectPlanDependencies).filter((d) => d.toId === taskId);
  const titleOf = (id: string) => tasks.find((x) => x.id === id)?.title ?? id;
  const [fromId, setFromId] = useState('');
  const [type, setType] = useState<Dependency['type']>('FS');
  const [lag, setLag] = useState('0');
  const lagValue = Number(lag);
  const lagError = Number.isInteger(lagValue) ? null : t('timeline.lagWhole');
  if (!task) return null;

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!fromId || lagError) return;
    if (actions.addDependency(task.planId, fromId, taskId, type, lagValue)) setFromId('');
  };
  return (
    <Dialog title={t('timeline.dependenciesOf', { title: task.title })} onClose={onClose} wide>
      {links.length === 0 ? <p className="muted">{t('timeline.noPredecessors')}</p> : (
        <ul className="link-list" aria-label={t('timeline.predecessors')}>
          {links.map((link) => (
            <li key={link.id}>
              <span>{titleOf(link.fromId)}</span>
              <select aria-label={t('timeline.linkTypeOf', { title: titleOf(link.fromId) })} value={link.type} onChange={(e) => actions.updateDependency(link.id, e.target.value as Dependency['type'], link.lagDays)}>
                {DEPENDENCY_TYPES.map((ty) => <option key={ty} value={ty}>{t(`timeline.type_${ty}`)}</option>)}
              </select>
              <input type="number" step={1} aria-label={t('timeline.lagOf', { title: titleOf(link.fromId) })} defaultValue={link.lagDays}
                onBlur={(e) => { const v = Number(e.target.value); if (Number.isInteger(v) && v !== link.lagDays) actions.updateDependency(link.id, link.type, v); }} />
              <button type="button" onClick={() => actions.removeDependency(link.id)}>{t('timeline.removeLink', { title: titleOf(link.fromId) })}</button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="form-grid two" noValidate>
        <Field label={t('timeline.predecessor')}>
          <select value={fromId} data-autofocus onChange={(e) => setFromId(e.target.value)}>
            <option value="">—</option>
            {tasks.filter((x) => x.id !== taskId).map((x) => <option key={x.id} value={x.id}>{x.title}</option>)}
          </select>
        </Field>
        <Field label={t('timeline.linkType')}>
          <select value={type} onChange={(e) => setType(e.target.value as Dependency['type'])}>
            {DEPENDENCY_TYPES.map((ty) => <option key={ty} value={ty}>{t(`timeline.type_${ty}`)}</option>)}
          </select>
        </Field>
        <Field label={t('timeline.lag')} hint={t('timeline.lagHint')} error={lagError}>
          <input type="number" step={1} value={lag} onChange={(e) => setLag(e.target.value)} />
        </Field>
        <div className="dialog-footer">
          <button type="button" onClick={onClose}>{t('common.close')}</button>
          <button type="submit" className="primary" disabled={!fromId}>{t('timeline.addLink')}</button>
        </div>
      </form>
    </Dialog>
  );
}
