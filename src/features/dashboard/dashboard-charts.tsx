import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { BudgetLine, BurnPoint, FlowPoint, Workload } from '../../domain/dashboard-metrics';
import type { Measurement } from '../../domain/kpi';

// The dashboard's charts. Each is drawn from the same data its card also shows as a table, and
// is hidden from assistive technology (the table is its accessible form): so none takes focus
// either (recharts' accessibilityLayer made each chart a tab stop inside an aria-hidden box).
const SIZE = { width: 480, height: 220 };
const Frame = ({ children }: { children: React.ReactElement }) => (
  <ResponsiveContainer width="100%" height={SIZE.height} initialDimension={SIZE}>{children}</ResponsiveContainer>
);

export function BurnChart({ points }: { points: BurnPoint[] }) {
  const { t } = useTranslation();
  return (
    <Frame>
      <LineChart data={points} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend />
        <Line type="monotone" dataKey="remaining" name={t('dashboard.remaining')} stroke="#dc2626" dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="ideal" name={t('dashboard.ideal')} stroke="#98a2b3" strokeDasharray="5 5" dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="done" name={t('dashboard.doneSeries')} stroke="#16a34a" dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="scope" name={t('dashboard.scope')} stroke="#2563eb" dot={false} isAnimationActive={false} />
      </LineChart>
    </Frame>
  );
}

export function FlowChart({ points }: { points: FlowPoint[] }) {
  const { t } = useTranslation();
  return (
    <Frame>
      <AreaChart data={points} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend />
        <Area type="monotone" dataKey="done" stackId="flow" name={t('category.done')} stroke="#16a34a" fill="#bbf7d0" isAnimationActive={false} />
        <Area type="monotone" dataKey="doing" stackId="flow" name={t('category.doing')} stroke="#d97706" fill="#fde68a" isAnimationActive={false} />
        <Area type="monotone" dataKey="todo" stackId="flow" name={t('category.todo')} stroke="#2563eb" fill="#bfdbfe" isAnimationActive={false} />
      </AreaChart>
    </Frame>
  );
}

export function ThroughputChart({ weeks }: { weeks: { weekStart: string; done: number }[] }) {
  const { t } = useTranslation();
  return (
    <Frame>
      <BarChart data={weeks} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="weekStart" tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Bar dataKey="done" name={t('dashboard.tasksDone')} fill="#2563eb" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

export function WorkloadChart({ workload }: { workload: Workload[] }) {
  const { t } = useTranslation();
  return (
    <Frame>
      <BarChart data={workload} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" tick={{ fontSize: 11 }} />
        <YAxis tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend />
        <Bar dataKey="hours" name={t('dashboard.plannedHours')} fill="#f59e0b" isAnimationActive={false} />
        <Bar dataKey="capacity" name={t('dashboard.capacity')} fill="#cbd5e1" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

export function BudgetChart({ lines }: { lines: (BudgetLine & { name: string })[] }) {
  const { t } = useTranslation();
  return (
    <Frame>
      <BarChart data={lines} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" tick={{ fontSize: 11 }} />
        <YAxis tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend />
        <Bar dataKey="planned" name={t('dashboard.planned')} fill="#93c5fd" isAnimationActive={false} />
        <Bar dataKey="actual" name={t('dashboard.actual')} fill="#2563eb" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

export function KpiTrendChart({ measurements, target, baseline }: { measurements: Measurement[]; target: number | null; baseline: number | null }) {
  const { t } = useTranslation();
  return (
    <Frame>
      <LineChart data={measurements} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" tick={{ fontSize: 11 }} />
        <YAxis tick={{ fontSize: 11 }} domain={['auto', 'auto']} tickFormatter={(value: number) => value.toLocaleString()} width={64} padding={{ top: 16 }} />
        <Tooltip />
        {/* The axis reaches the target and the baseline: fitted to the measurements alone, it left out
            a target not yet reached, the one line the chart is for. Their names sit inside the plot,
            clear of the dates under it. */}
        {target !== null && <ReferenceLine y={target} ifOverflow="extendDomain" stroke="#16a34a" strokeDasharray="4 4" label={{ value: t('dashboard.target'), position: 'insideBottomLeft', fontSize: 11, fill: '#15803d' }} />}
        {baseline !== null && <ReferenceLine y={baseline} ifOverflow="extendDomain" stroke="#98a2b3" strokeDasharray="2 4" label={{ value: t('dashboard.baseline'), position: 'insideBottomLeft', fontSize: 11, fill: '#4b5563' }} />}
        <Line type="monotone" dataKey="value" name={t('dashboard.value')} stroke="#7c3aed" isAnimationActive={false} />
      </LineChart>
    </Frame>
  );
}
