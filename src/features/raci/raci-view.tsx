import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { compareIsoDates } from '../../domain/dates';
import { raciViolations } from '../../domain/raci';
import { RACI_ROLES, type RaciRole } from '../../domain/task';
import { selectPlanTasks } from '../../store/board-selectors';
import { useOps, useOpsActions } from '../../store/bound-store';
import { selectMembers } from '../../store/plan-selectors';
import '../../ui/pages.css';
import './raci.css';

const ROW_HEIGHT = 36;

/** The responsibility matrix (责任矩阵): tasks × members, R/A/C/I per cell, and who is missing an A. */
export function RaciView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { updateTask } = useOpsActions();
  const tasks = useOps((s) => selectPlanTasks(s, planId));
  const allMembers = useOps(selectMembers);
  const memberIds = useOps((s) => s.data.plans[planId]?.memberIds);
  const members = allMembers.filter((m) => !memberIds?.length || memberIds.includes(m.id));
  const sorted = useMemo(() => [...tasks].filter((task) => !task.isMilestone).sort((a, b) => compareIsoDates(a.startDate, b.startDate) || a.title.localeCompare(b.title)), [tasks]);
  const violations = useMemo(() => raciViolations(sorted), [sorted]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: sorted.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8, initialRect: { width: 800, height: 600 } });
  const setRole = (taskId: string, memberId: string, role: string) => {
    const task = tasks.find((x) => x.id === taskId);
    if (!task) return;
    const raci: Record<string, RaciRole> = { ...task.raci };
    if (role) raci[memberId] = role as RaciRole;
    else delete raci[memberId];
    updateTask(taskId, { raci });
  };
  return (
    <section className="page" aria-labelledby="raci-title">
      <div className="toolbar"><h1 id="raci-title" className="dash-title">{t('raci.matrix')}</h1></div>
      <div className="page-pad">
        {violations.length > 0 ? (
          <details className="violations" open>
            <summary role="status">{t('raci.violations', { count: violations.length })}</summary>
            <ul>{violations.slice(0, 50).map((v) => <li key={v.taskId}>{t(v.accountable === 0 ? 'raci.noA' : 'raci.manyA', { title: v.title, count: v.accountable })}</li>)}</ul>
          </details>
        ) : <p role="status">{t('raci.allGood')}</p>}
        <div ref={scroller} className="raci-scroll" role="grid" aria-label={t('raci.matrix')} aria-rowcount={sorted.length + 1}>
          <div role="row" aria-rowindex={1} className="raci-row raci-head">
            <span role="columnheader" className="raci-task">{t('task.titleField')}</span>
            {members.map((m) => <span role="columnheader" key={m.id}>{m.name}</span>)}
          </div>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const task = sorted[item.index];
              if (!task) return null;
              return (
                <div role="row" aria-rowindex={item.index + 2} key={task.id} className="raci-row" style={{ position: 'absolute', top: item.start, height: ROW_HEIGHT, left: 0, right: 0 }}>
                  <span role="rowheader" className="raci-task">{task.title}</span>
                  {members.map((m) => (
                    <span role="gridcell" key={m.id}>
                      <select aria-label={t('raci.cell', { member: m.name, task: task.title })} value={task.raci[m.id] ?? ''} onChange={(e) => setRole(task.id, m.id, e.target.value)}>
                        <option value="">—</option>
                        {RACI_ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                      </select>
                    </span>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
