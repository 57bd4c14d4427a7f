import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { preloadView } from '../../src/app/lazy-views';
import { renderApp } from '../helpers/render-app';

describe('the app shell', () => {
  it('creates an empty plan and the demo plan, and switches between plans', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'New plan' }));
    const dialog = screen.getByRole('dialog', { name: 'New plan' });
    await user.click(within(dialog).getByRole('button', { name: 'Create plan' }));
    expect(within(dialog).getByLabelText('Plan name')).toHaveAccessibleDescription('This field is required.');
    await user.type(within(dialog).getByLabelText('Plan name'), 'Double 11 campaign{Enter}');
    expect(screen.getByRole('combobox', { name: 'Current plan' })).toHaveDisplayValue('Double 11 campaign');

    await user.click(screen.getByRole('button', { name: 'New plan' }));
    await user.click(screen.getByRole('radio', { name: 'The demo monthly operations plan' }));
    await user.click(screen.getByRole('button', { name: 'Create plan' }));
    expect(screen.getByRole('combobox', { name: 'Current plan' })).toHaveDisplayValue('Monthly operations plan');
    expect(screen.getByRole('button', { name: 'Market research' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Milestone' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Current plan' }), 'Launch plan');
    expect(screen.queryByRole('button', { name: 'Market research' })).toBeNull();
  });

  it('undoes and redoes with the buttons and the keyboard', async () => {
    const { user } = await renderApp();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'New card in To do' }), 'Draft brief{Enter}');
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo: add task');
    await user.click(document.body);
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.queryByRole('button', { name: 'Draft brief' })).toBeNull();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(screen.getByRole('button', { name: 'Draft brief' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.queryByRole('button', { name: 'Draft brief' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(screen.getByRole('button', { name: 'Draft brief' })).toBeInTheDocument();
  });

  it('switches the interface to Chinese', async () => {
    const { user } = await renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');
    // Chinese is fetched on demand (a chunk of its own), so the switch lands a moment later.
    expect(await screen.findByRole('button', { name: '看板' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: '新建计划' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '语言' })).toBeInTheDocument();
  });

  it('tells assistive technology which language the page is in, and follows a switch', async () => {
    const { user } = await renderApp();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');
    await screen.findByRole('button', { name: '看板' });
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English');
    await screen.findByRole('button', { name: 'Board' });
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  it('opens a view whose code was fetched ahead (on hovering its tab) at once, without a loading step', async () => {
    const { user } = await renderApp();
    await user.hover(screen.getByRole('button', { name: 'Risks' }));
    await preloadView('risks');
    await user.click(screen.getByRole('button', { name: 'Risks' }));
    // Synchronous queries: the view is there in the same render as the click, no fallback first.
    expect(screen.queryByText('Loading your plans…')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Risk register', level: 1 })).toBeInTheDocument();
  });

  it('switches between the three views of the same plan', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(await screen.findByRole('treegrid', { name: 'Tasks and dates' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dashboard' }));
    expect(await screen.findByRole('heading', { name: 'Dashboard', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: 'Board' }));
    expect(screen.getByRole('toolbar', { name: 'Board filters and layout' })).toBeInTheDocument();
  });

  it('deletes a plan after confirmation and offers to start again', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Options for plan Launch plan' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete plan…' }));
    await user.click(screen.getByRole('button', { name: 'Delete plan' }));
    expect(screen.getByRole('heading', { name: 'No plans yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add the demo plan' }));
    expect(screen.getByRole('button', { name: 'Market research' })).toBeInTheDocument();
  });
});
