import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOps } from '../../store/bound-store';
import { selectDashboard } from '../../store/dashboard-selectors';
import { ChartCard } from './chart-card';
import { BudgetChart, BurnChart, FlowChart, ThroughputChart, WorkloadChart } from './dashboard-charts';
import { GoalProgressCard } from './goal-progress-card';
import { KpiPanel } from './kpi-panel';
import { MilestoneCard } from './milestone-card';
import { StatTiles } from './stat-tiles';
import { useValueAfterPaint } from '../../ui/use-value-after-paint';
import '../../ui/pages.css';
import './dashboard.css';

/**
 * The KPI dashboard of the active plan: it reads the same store as the board and timeline, so it
 * moves as they do. The headline figures, milestones and goals follow a change in the next frame;
 * the charts and their tables, the costly part to draw, follow once that frame is painted.
 */
export function DashboardView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const data = useOps(selectDashboard);
  const charted = useValueAfterPaint(data);
  return (
    <section className="dashboard" aria-label={t('dashboard.title')}>
      <div className="toolbar">
        <h1 className="dash-title">{t('dashboard.title')}</h1>
        <button type="button" onClick={() => window.print()}>{t('dashboard.print')}</button>
      </div>
      <StatTiles completion={data.completion} onTime={data.onTime} due={data.due} cycle={data.cycle} thisWeekDone={data.throughput.at(-1)?.done ?? 0} />
      <div className="dash-grid">
        <DashboardCharts data={charted} />
        <MilestoneCard milestones={data.milestones} />
        <GoalProgressCard goals={data.goals} />
      </div>
      <KpiPanel planId={planId} kpis={data.kpis} goals={data.goals.map((g) => g.goal)} />
    </section>
  );
}

type DashboardData = ReturnType<typeof selectDashboard>;

const DashboardCharts = memo(function DashboardCharts({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const budgetLines = data.budget.map((line) => ({ ...line, name: line.key === 'plan' ? t('dashboard.wholePlan') : line.key === 'none' ? t('board.noGoal') : line.label }));
  const money = (n: number | null) => (n === null ? '—' : n.toLocaleString());
  return (
    <>
      <ChartCard title={t('dashboard.burn')} table={{ columns: [t('dashboard.date'), t('dashboard.remaining'), t('dashboard.doneSeries'), t('dashboard.scope'), t('dashboard.ideal')], rows: data.burn.map((p) => [p.date, p.remaining, p.done, p.scope, Math.round(p.ideal * 10) / 10]) }}>
        <BurnChart points={data.burn} />
      </ChartCard>
      <ChartCard title={t('dashboard.flow')} table={{ columns: [t('dashboard.date'), t('category.todo'), t('category.doing'), t('category.done')], rows: data.flow.map((p) => [p.date, p.todo, p.doing, p.done]) }}>
        <FlowChart points={data.flow} />
      </ChartCard>
      <ChartCard title={t('dashboard.throughput')} table={{ columns: [t('dashboard.weekOf'), t('dashboard.tasksDone')], rows: data.throughput.map((w) => [w.weekStart, w.done]) }}>
        <ThroughputChart weeks={data.throughput} />
      </ChartCard>
      <ChartCard
        title={t('dashboard.workload', { week: data.weekStart })}
        table={{ columns: [t('task.owner'), t('dashboard.plannedHours'), t('dashboard.capacity'), t('dashboard.status')], rows: data.workload.map((w) => [w.name, w.hours, w.capacity, t(w.overloaded ? 'dashboard.overloaded' : 'dashboard.ok')]) }}
        summary={data.workload.some((w) => w.overloaded) ? <p className="field-error" role="status">{t('dashboard.overloadedMembers', { names: data.workload.filter((w) => w.overloaded).map((w) => w.name).join(', ') })}</p> : null}
      >
        <WorkloadChart workload={data.workload} />
      </ChartCard>
      <ChartCard title={t('dashboard.budget')} table={{ columns: [t('task.goal'), t('dashboard.budgetCol'), t('dashboard.planned'), t('dashboard.actual'), t('dashboard.variance')], rows: budgetLines.map((l) => [l.name, money(l.budget), money(l.planned), money(l.actual), money(l.actual - l.planned)]) }}>
        <BudgetChart lines={budgetLines} />
      </ChartCard>
    </>
  );
});
