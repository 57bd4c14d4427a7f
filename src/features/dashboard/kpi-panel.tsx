import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../domain/goal';
import type { Kpi, Measurement } from '../../domain/kpi';
import { ChartCard } from './chart-card';
import { KpiTrendChart } from './dashboard-charts';
import { MeasurementForm } from './measurement-form';
import { NewKpiDialog } from './new-kpi-dialog';

type KpiPanelProps = { planId: string; kpis: { kpi: Kpi; measurements: Measurement[] }[]; goals: Goal[] };

/** Business KPIs entered by hand (DAU/MAU, retention, conversion …): trend against target, new measurements. */
export function KpiPanel({ planId, kpis, goals }: KpiPanelProps) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <section className="kpi-panel" aria-labelledby="kpi-panel-title">
      <div className="toolbar">
        <h2 id="kpi-panel-title">{t('kpi.title')}</h2>
        <button type="button" onClick={() => setCreating(true)}>{t('kpi.new')}</button>
      </div>
      {kpis.length === 0 && <p className="muted">{t('kpi.none')}</p>}
      <div className="dash-grid">
        {kpis.map(({ kpi, measurements }) => {
          const latest = measurements.at(-1);
          return (
            <ChartCard
              key={kpi.id}
              title={kpi.unit ? `${kpi.name} (${kpi.unit})` : kpi.name}
              table={{ columns: [t('dashboard.date'), t('dashboard.value'), t('kpi.note')], rows: measurements.map((m) => [m.date, m.value, m.note]) }}
              summary={
                <p className="kpi-summary">
                  {t('kpi.latest', { value: latest ? latest.value.toLocaleString() : '—' })} · {t('kpi.targetIs', { value: kpi.target?.toLocaleString() ?? '—' })} · {t(`kpi.direction_${kpi.direction}`)}
                </p>
              }
              footer={<MeasurementForm kpi={kpi} />}
            >
              <KpiTrendChart measurements={measurements} target={kpi.target} baseline={kpi.baseline} />
            </ChartCard>
          );
        })}
      </div>
      {creating && <NewKpiDialog planId={planId} goals={goals} onClose={() => setCreating(false)} />}
    </section>
  );
}
