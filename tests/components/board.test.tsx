import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

const cardTitle = (name: string) => screen.getByRole('button', { name });

describe('the board', () => {
  it('shows the plan columns as headings with their card counts', async () => {
    await renderApp();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['To do', 'In progress', 'Review', 'Done']);
    expect(screen.getByLabelText('0 cards, WIP limit 3')).toBeInTheDocument();
  });

  it('adds a card with quick add and keeps the field ready for the next one', async () => {
    const { user } = await renderApp();
    const input = screen.getByRole('textbox', { name: 'New card in To do' });
    await user.type(input, 'Plan the launch{Enter}');
    expect(cardTitle('Plan the launch')).toBeInTheDocument();
    expect(input).toHaveValue('');
    expect(screen.getByRole('region', { name: 'To do (1 card)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move card: Plan the launch' })).toHaveAttribute('aria-roledescription', 'sortable');
  });

  it('shows hostile text as text, never as markup', async () => {
    const { user, container } = await renderApp();
    await user.type(screen.getByRole('textbox', { name: 'New card in To do' }), '<img src=x onerror=alert(1)>{Enter}');
    expect(cardTitle('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('filters cards as you type and clears the filters', async () => {
    const { user } = await renderApp();
    const input = screen.getByRole('textbox', { name: 'New card in To do' });
    await user.type(input, 'Market research{Enter}');
    await user.type(input, 'Weekly report{Enter}');
    await user.type(screen.getByRole('searchbox', { name: 'Search cards' }), 'weekly');
    expect(cardTitle('Weekly report')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Market research' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(cardTitle('Market research')).toBeInTheDocument();
  });

  it('warns when a column holds more cards than its WIP limit', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Column options for To do' }));
    await user.click(screen.getByRole('menuitem', { name: 'Rename and limit…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Column “To do”' });
    await user.clear(within(dialog).getByLabelText('Column name'));
    await user.type(within(dialog).getByLabelText('Column name'), 'Backlog');
    await user.type(within(dialog).getByLabelText('WIP limit'), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const input = screen.getByRole('textbox', { name: 'New card in Backlog' });
    await user.type(input, 'One{Enter}');
    expect(screen.queryByText('Over the WIP limit of 1')).toBeNull();
    await user.type(input, 'Two{Enter}');
    expect(screen.getByText('Over the WIP limit of 1')).toHaveAttribute('role', 'status');
  });

  it('deletes a column only after moving its cards to the chosen column', async () => {
    const { user } = await renderApp();
    await user.type(screen.getByRole('textbox', { name: 'New card in Review' }), 'Keep me{Enter}');
    await user.click(screen.getByRole('button', { name: 'Column options for Review' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete column…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete column “Review”?' });
    expect(dialog).toHaveTextContent('Its card is moved, not deleted.');
    await user.selectOptions(within(dialog).getByLabelText('Move its cards to'), 'Done');
    await user.click(within(dialog).getByRole('button', { name: 'Delete column' }));
    expect(screen.queryByRole('heading', { name: 'Review' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Done (1 card)' })).getByRole('button', { name: 'Keep me' })).toBeInTheDocument();
  });

  it('adds a column and moves it left', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Add column' }));
    await user.type(screen.getByLabelText('Column name'), 'Blocked{Enter}');
    await user.click(screen.getByRole('button', { name: 'Column options for Blocked' }));
    await user.click(screen.getByRole('menuitem', { name: 'Move left' }));
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['To do', 'In progress', 'Review', 'Blocked', 'Done']);
  });

  it('groups cards into swimlanes by priority', async () => {
    const { user } = await renderApp();
    await user.type(screen.getByRole('textbox', { name: 'New card in To do' }), 'Ship{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Swimlanes' }), 'Swimlanes by priority');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Lane: Urgent', 'Lane: High', 'Lane: Medium', 'Lane: Low']);
    expect(within(screen.getByRole('region', { name: 'To do, Medium (1 card)' })).getByRole('button', { name: 'Ship' })).toBeInTheDocument();
  });
});
