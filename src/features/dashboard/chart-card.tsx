import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type TableData = { columns: string[]; rows: (string | number)[][] };

type ChartCardProps = { title: string; table: TableData; children: ReactNode; summary?: ReactNode; footer?: ReactNode };

/**
 * A dashboard chart with its data one click away as a real table — the accessible (and
 * printable) form of every chart. Print always shows the table.
 */
export function ChartCard({ title, table, children, summary, footer }: ChartCardProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section className="dash-card" aria-labelledby={headingId}>
      <header className="dash-card-header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>{t(asTable ? 'dashboard.showChart' : 'dashboard.showTable')}</button>
      </header>
      {summary}
      <div className={asTable ? 'dash-chart is-hidden' : 'dash-chart'} aria-hidden="true">{children}</div>
      <table className={asTable ? 'dash-table' : 'dash-table print-only'}>
        <caption className="visually-hidden">{title}</caption>
        <thead><tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
        <tbody>{table.rows.map((row, i) => <tr key={i}>{row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}</tr>)}</tbody>
      </table>
      {footer}
    </section>
  );
}
