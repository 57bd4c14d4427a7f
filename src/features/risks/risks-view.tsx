import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { riskScore, type Risk } from '../../domain/risk';
import { riskHeatMap, risksOnCriticalPath } from '../../domain/risk-commands';
import { useOps, useOpsActions } from '../../store/bound-store';
import { selectTimelineAnalysis } from '../../store/timeline-selectors';
import { RiskDialog } from './risk-dialog';
import '../../ui/pages.css';
import './risks.css';

/** The risk register (风险管理): identify, assess (probability × impact), respond, monitor. */
export function RisksView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { deleteRisk } = useOpsActions();
  const allRisks = useOps((s) => s.data.risks);
  const members = useOps((s) => s.data.members);
  const tasks = useOps((s) => s.data.tasks);
  const analysis = useOps(selectTimelineAnalysis);
  const risks = useMemo(() => Object.values(allRisks).filter((r) => r.planId === planId).sort((a, b) => riskScore(b) - riskScore(a)), [allRisks, planId]);
  const critical = analysis.ok ? risksOnCriticalPath(risks, analysis.criticalPath.critical) : new Set<string>();
  const heat = riskHeatMap(risks);
  const [editing, setEditing] = useState<Risk | 'new' | null>(null);
  return (
    <section className="page" aria-labelledby="risks-title">
      <div className="toolbar">
        <h1 id="risks-title" className="dash-title">{t('risks.title')}</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>{t('risks.new')}</button>
      </div>
      <div className="page-pad risk-layout">
        <table className="heat-map" aria-label={t('risks.heatMap')}>
          <caption>{t('risks.heatMap')}</caption>
          <thead><tr><th scope="col">{t('risks.probability')} \ {t('risks.impact')}</th>{[1, 2, 3, 4, 5].map((i) => <th key={i} scope="col">{i}</th>)}</tr></thead>
          <tbody>
            {[5, 4, 3, 2, 1].map((p) => (
              <tr key={p}>
                <th scope="row">{p}</th>
                {[1, 2, 3, 4, 5].map((i) => <td key={i} className={`heat-${p * i >= 15 ? 'high' : p * i >= 8 ? 'mid' : 'low'}`}>{heat[p - 1]?.[i - 1] || ''}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
        {risks.length === 0 ? <p className="muted">{t('risks.none')}</p> : (
          <table className="data-table" aria-label={t('risks.register')}>
            <thead>
              <tr>{['risks.risk', 'risks.category', 'risks.score', 'task.owner', 'risks.response', 'risks.status', 'risks.reviewDate', 'risks.tasks', 'risks.actions'].map((k) => <th key={k} scope="col">{t(k)}</th>)}</tr>
            </thead>
            <tbody>
              {risks.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="free-text">
                    {r.title}
                    {critical.has(r.id) && <span className="badge priority-urgent">{t('risks.onCriticalPath')}</span>}
                  </th>
                  <td>{t(`risks.category_${r.category}`)}</td>
                  <td className="one-line">{`${riskScore(r)} (${r.probability}×${r.impact})`}</td>
                  <td className="free-text">{r.ownerId ? (members[r.ownerId]?.name ?? '—') : '—'}</td>
                  <td className="free-text">{t(`risks.response_${r.response}`)}{r.contingencyPlan && <div className="muted">{r.contingencyPlan}</div>}</td>
                  <td>{t(`risks.status_${r.status}`)}</td>
                  <td className="one-line">{r.reviewDate ?? '—'}</td>
                  <td className="free-text">{r.taskIds.map((id) => tasks[id]?.title).filter(Boolean).join(', ') || '—'}</td>
                  <td>
                    <button type="button" aria-label={t('risks.edit', { title: r.title })} onClick={() => setEditing(r)}>{t('common.edit')}</button>
                    <button type="button" aria-label={t('risks.delete', { title: r.title })} className="danger subtle" onClick={() => deleteRisk(r.id)}>{t('common.delete')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {editing && <RiskDialog planId={planId} risk={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
