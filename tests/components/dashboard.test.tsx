import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

async function dashboardWithDemo() {
  const app = await renderApp();
  app.actions.createDemoPlan('en');
  await app.user.click(screen.getByRole('button', { name: 'Dashboard' }));
  await screen.findByRole('heading', { name: 'Dashboard', level: 1 });
  return app;
}
const tile = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('the dashboard', () => {
  it('shows the headline KPIs of the plan', async () => {
    await dashboardWithDemo();
    expect(tile('Completion rate')).toHaveTextContent('20% 2 of 10 tasks');
    expect(tile('On-time rate')).toHaveTextContent('100% 2 of 2 finished on time');
    expect(tile('Overdue')).toHaveTextContent('1 1 due soon');
  });

  it('updates live when a card is finished on the board', async () => {
    const { actions, store } = await dashboardWithDemo();
    const state = store.getState();
    const done = Object.values(state.data.columns).find((c) => c.category === 'done' && c.planId === state.ui.activePlanId)!;
    const task = Object.values(state.data.tasks).find((t) => t.title === 'Competitor analysis')!;
    actions.moveTask(task.id, { columnId: done.id, beforeId: null, afterId: null });
    expect(await screen.findByText('30%')).toBeInTheDocument();
    expect(tile('Done this week')).toHaveTextContent('1 task done');
  });

  it('shows every chart as a table on request', async () => {
    const { user } = await dashboardWithDemo();
    const card = screen.getByRole('region', { name: 'Workload, week of 2026-11-23' });
    await user.click(within(card).getByRole('button', { name: 'Show as table' }));
    const table = within(card).getByRole('table', { name: 'Workload, week of 2026-11-23' });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows[0]).toBe('OwnerPlanned hoursCapacityStatus');
    expect(rows).toContain('Li Na4840Over capacity');
    expect(within(card).getByText('Over capacity this week: Li Na')).toBeInTheDocument();
  });

  it('tracks a hand-entered KPI: a new measurement appears in its trend and moves its goal', async () => {
    const { user } = await dashboardWithDemo();
    const progress = screen.getByRole('progressbar', { name: 'Progress of Raise monthly active users 20% this quarter' });
    expect(progress).toHaveAttribute('value', '19');
    const form = screen.getByRole('form', { name: 'New measurement of Monthly active users' });
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '2026-11-24');
    await user.type(within(form).getByLabelText('Value'), '55000');
    await user.click(within(form).getByRole('button', { name: 'Add measurement' }));
    const card = screen.getByRole('region', { name: 'Monthly active users (users)' });
    expect(within(card).getByText(/Latest 55,000/)).toBeInTheDocument();
    expect(within(within(card).getByRole('table', { hidden: true })).getByRole('rowheader', { name: '2026-11-24', hidden: true })).toBeInTheDocument();
    expect(progress).toHaveAttribute('value', '50');
  });

  it('creates a KPI and refuses a measurement that is not a number', async () => {
    const { user } = await dashboardWithDemo();
    await user.click(screen.getByRole('button', { name: 'New KPI' }));
    const dialog = screen.getByRole('dialog', { name: 'New KPI' });
    await user.type(within(dialog).getByLabelText('KPI name'), 'Retention D7');
    await user.type(within(dialog).getByLabelText('Unit'), '%');
    await user.type(within(dialog).getByLabelText('Target'), '35');
    await user.click(within(dialog).getByRole('button', { name: 'Create KPI' }));
    const form = screen.getByRole('form', { name: 'New measurement of Retention D7' });
    await user.click(within(form).getByRole('button', { name: 'Add measurement' }));
    expect(within(form).getByLabelText('Value')).toHaveAccessibleDescription('Enter a number.');
  });
});
