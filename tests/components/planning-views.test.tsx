import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

async function openView(name: string, heading: string) {
  const app = await renderApp();
  act(() => { app.actions.createDemoPlan('en'); });
  await app.user.click(screen.getByRole('button', { name, exact: true } as never));
  await screen.findByRole('heading', { name: heading, level: 1 });
  return app;
}

describe('goals', () => {
  it('creates a goal, flags it until it is measurable, and breaks it into weekly tasks', async () => {
    const { user, store } = await openView('Goals', 'SMART goals');
    await user.click(screen.getByRole('button', { name: 'New goal' }));
    const dialog = screen.getByRole('dialog', { name: 'New goal' });
    await user.type(within(dialog).getByLabelText('Goal'), 'Cut refund rate');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Not measurable yet');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const card = screen.getByRole('heading', { name: 'Cut refund rate' }).closest('li') as HTMLElement;
    expect(within(card).getByText(/Not measurable yet/)).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Break down “Cut refund rate”' }));
    const breakdown = screen.getByRole('dialog', { name: 'Break down “Cut refund rate”' });
    const from = within(breakdown).getByLabelText('From');
    const to = within(breakdown).getByLabelText('To');
    await user.clear(from);
    await user.type(from, '2026-11-23');
    await user.clear(to);
    await user.type(to, '2026-12-06');
    await user.click(within(breakdown).getByRole('checkbox', { name: 'Month' }));
    await user.click(within(breakdown).getByRole('button', { name: 'Create tasks' }));
    const goal = Object.values(store.getState().data.goals).find((g) => g.title === 'Cut refund rate')!;
    const created = Object.values(store.getState().data.tasks).filter((t) => t.goalId === goal.id);
    expect(created.map((t) => [t.title, t.startDate, t.dueDate])).toEqual([['Week 1', '2026-11-23', '2026-11-29'], ['Week 2', '2026-11-30', '2026-12-06']]);
    expect(screen.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('risk register', () => {
  it('lists risks by score, shows them on the heat map and adds a new one', async () => {
    const { user } = await openView('Risks', 'Risk register');
    const register = screen.getByRole('table', { name: 'Risks by score' });
    expect(within(register).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Ad campaign underperformsOn the critical path', 'Tracking events missingOn the critical path']);
    await user.click(screen.getByRole('button', { name: 'New risk' }));
    const dialog = screen.getByRole('dialog', { name: 'New risk' });
    await user.type(within(dialog).getByLabelText('Risk'), '<img src=x onerror=alert(1)>');
    await user.selectOptions(within(dialog).getByLabelText('Probability (1–5)'), '5');
    await user.selectOptions(within(dialog).getByLabelText('Impact (1–5)'), '5');
    await user.selectOptions(within(dialog).getByLabelText('Response'), 'Avoid');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(register).getAllByRole('rowheader')[0]).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(register.querySelector('img')).toBeNull();
    const heat = screen.getByRole('table', { name: /Heat map/ });
    const topRow = within(heat).getAllByRole('row')[1] as HTMLElement;
    expect(within(topRow).getAllByRole('cell').at(-1)).toHaveTextContent('1');
  });
});

describe('RACI matrix', () => {
  it('reports a task with two Accountables and clears the report when fixed', async () => {
    const { user } = await openView('RACI', 'Responsibility matrix (RACI)');
    const page = screen.getByRole('region', { name: 'Responsibility matrix (RACI)' });
    expect(within(page).getByRole('status')).toHaveTextContent('Every task has exactly one Accountable (A).');
    const cell = screen.getByRole('combobox', { name: 'Role of Wang Lei in “Market research”' });
    await user.selectOptions(cell, 'A');
    expect(screen.getByText('“Market research” has 2 A roles')).toBeInTheDocument();
    await user.selectOptions(cell, 'R');
    expect(within(page).getByRole('status')).toHaveTextContent('Every task has exactly one Accountable (A).');
  });
});

describe('reviews', () => {
  it('generates the weekly review from the data, keeps notes and finds it by search', async () => {
    const { user, store, actions } = await openView('Reviews', 'Reviews and lessons learned');
    // Characters Markdown would take as its own are shown as typed, not escaped.
    const analysis = Object.values(store.getState().data.tasks).find((task) => task.title === 'Competitor analysis')!;
    act(() => { actions.updateTask(analysis.id, { title: 'Competitor analysis v1.2 (EU) #3' }); });
    await user.click(screen.getByRole('button', { name: 'Generate weekly review' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Generate' }));
    const review = await screen.findByRole('article', { name: 'Weekly review 2026-11-23 – 2026-11-29' });
    const slipped = within(review).getByRole('region', { name: 'Slipped (1)' });
    expect(within(slipped).getByRole('heading', { level: 4 })).toHaveTextContent('Slipped (1)');
    expect(within(slipped).getAllByRole('listitem').map((item) => item.textContent)).toEqual([expect.stringMatching(/^Competitor analysis v1\.2 \(EU\) #3 — due 2026-1\d-\d\d, \d+ days? late$/)]);
    expect(review).not.toHaveTextContent('###');
    await user.type(within(review).getByLabelText('Lessons learned'), 'Verify tracking before launch');
    await user.click(within(review).getByRole('button', { name: 'Save' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search reviews' }), 'tracking before');
    expect(within(screen.getByRole('list', { name: 'Reviews' })).getAllByRole('listitem')).toHaveLength(1);
    await user.clear(screen.getByRole('searchbox', { name: 'Search reviews' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search reviews' }), 'nothing like this');
    expect(screen.getByText('No review matches.')).toBeInTheDocument();
  });
});
