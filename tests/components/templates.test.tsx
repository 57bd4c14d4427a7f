import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

describe('templates', () => {
  it('creates a plan from a built-in template on a chosen start date', async () => {
    const { user, store } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'New plan' }));
    const dialog = screen.getByRole('dialog', { name: 'New plan' });
    await user.click(within(dialog).getByRole('radio', { name: 'A template' }));
    await user.selectOptions(within(dialog).getByLabelText('Template'), 'Operations project phases');
    expect(within(dialog).getByText('Eight phases from planning to continuous improvement, chained on the timeline.')).toBeInTheDocument();
    const date = within(dialog).getByLabelText('Start date');
    await user.clear(date);
    await user.type(date, '2027-01-04');
    await user.click(within(dialog).getByRole('button', { name: 'Create plan' }));
    expect(screen.getByRole('combobox', { name: 'Current plan' })).toHaveDisplayValue('Operations project phases');
    const phase = Object.values(store.getState().data.tasks).find((t) => t.title === 'Project planning')!;
    expect([phase.startDate, phase.dueDate]).toEqual(['2027-01-04', '2027-01-08']);
    expect(screen.getByRole('button', { name: 'Project planning', exact: true } as never)).toBeInTheDocument();
  });

  it('saves the current plan as a template and offers it for the next plan', async () => {
    const { user, actions } = await renderApp();
    act(() => { actions.createDemoPlan('en'); });
    await user.click(screen.getByRole('button', { name: 'Options for plan Monthly operations plan' }));
    await user.click(screen.getByRole('menuitem', { name: 'Save as template…' }));
    const save = screen.getByRole('dialog', { name: 'Save “Monthly operations plan” as a template' });
    await user.clear(within(save).getByLabelText('Template name'));
    await user.type(within(save).getByLabelText('Template name'), 'Our launch month');
    await user.click(within(save).getByRole('button', { name: 'Save as template…' }));

    await user.click(screen.getByRole('button', { name: 'New plan' }));
    const dialog = screen.getByRole('dialog', { name: 'New plan' });
    await user.click(within(dialog).getByRole('radio', { name: 'A template' }));
    const picker = within(dialog).getByLabelText('Template');
    expect(within(within(picker).getByRole('group', { name: 'Saved from your plans' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['Our launch month']);
    await user.selectOptions(picker, 'Our launch month');
    await user.type(within(dialog).getByLabelText('Plan name'), 'January');
    await user.click(within(dialog).getByRole('button', { name: 'Create plan' }));
    expect(screen.getByRole('combobox', { name: 'Current plan' })).toHaveDisplayValue('January');
    // The copy starts with every card to do, with the same cards as the demo.
    const todo = screen.getByRole('region', { name: /^To do/ });
    expect(within(todo).getByRole('button', { name: 'Competitor analysis', exact: true } as never)).toBeInTheDocument();
  });

  it('makes a task repeat monthly from the card editor', async () => {
    const { user, actions } = await renderApp();
    act(() => { actions.createDemoPlan('en'); });
    await user.click(screen.getByRole('button', { name: 'Monthly summary', exact: true } as never));
    const editor = screen.getByRole('dialog', { name: 'Edit task: Monthly summary' });
    await user.selectOptions(within(editor).getByLabelText('Repeats'), 'Monthly');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Repeats Monthly summary' })).toBeInTheDocument();
  });
});
