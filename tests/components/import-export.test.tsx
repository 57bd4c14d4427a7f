import { act, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

const fixture = (name: string) => new File([readFileSync(join(__dirname, '../fixtures/interchange', name))], name);

async function openDataDialog() {
  const app = await renderApp();
  act(() => { app.actions.createDemoPlan('en'); });
  await app.user.click(screen.getByRole('button', { name: 'Import / export' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import and export' });
  return { ...app, dialog };
}

describe('import and export', () => {
  it('previews a Jira CSV with what it skips and why, then imports it as one undoable plan', async () => {
    const { user, dialog, store } = await openDataDialog();
    await user.upload(within(dialog).getByLabelText('Choose a file to import'), fixture('jira-export.csv'));
    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(preview).toHaveTextContent('CSV: 4 tasks, 0 links, 0 milestones, 2 people, starting 2026-11-03.');
    expect(within(preview).getByText('row 4, Due date: unreadable date, left empty (31/11/2026)')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Title')).toHaveDisplayValue('Summary');
    const plansBefore = Object.keys(store.getState().data.plans).length;
    await user.clear(within(preview).getByLabelText('Plan name'));
    await user.type(within(preview).getByLabelText('Plan name'), 'From Jira');
    await user.click(within(preview).getByRole('button', { name: 'Import as a new plan' }));
    expect(screen.getByRole('combobox', { name: 'Current plan' })).toHaveDisplayValue('From Jira');
    expect(screen.getByRole('button', { name: 'Write copy', exact: true } as never)).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveAttribute('title', 'Undo: import plan');
    await user.click(undo);
    expect(Object.keys(store.getState().data.plans)).toHaveLength(plansBefore);
  });

  it('refuses a broken file with the problem and where it is, writing nothing', async () => {
    const { user, dialog, store } = await openDataDialog();
    const before = store.getState().data;
    const broken = new File(['<?xml version="1.0"?>\n<Project>\n<Tasks>\n<Task><Name>x</Task>\n</Project>'], 'broken.xml');
    await user.upload(within(dialog).getByLabelText('Choose a file to import'), broken);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^Nothing was imported from broken\.xml\. line 4: the XML is broken/);
    expect(store.getState().data).toBe(before);
  });

  it('restores a backup over the workspace after saying what it will replace', async () => {
    const { user, dialog, store, actions } = await openDataDialog();
    const backup = new File([readFileSync(join(__dirname, '../fixtures/interchange/trello-board.json'))], 'board.json');
    await user.upload(within(dialog).getByLabelText('Choose a file to import'), backup);
    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(preview).toHaveTextContent('Trello: 3 tasks');
    await user.click(within(preview).getByRole('button', { name: 'Import as a new plan' }));
    const { createBackup } = await import('../../src/domain/interchange/backup-file');
    const savedState = store.getState().data;
    const saved = createBackup(savedState, '2026-11-24T00:00:00Z');
    act(() => { actions.deletePlan(store.getState().ui.activePlanId!); });
    expect(Object.keys(store.getState().data.plans)).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Import / export' }));
    const again = await screen.findByRole('dialog', { name: 'Import and export' });
    await user.upload(within(again).getByLabelText('Choose a file to import'), new File([saved], 'opsplan-backup.json'));
    const restore = await within(again).findByRole('region', { name: 'Import preview' });
    expect(restore).toHaveTextContent('Backup with 3 plans and 14 tasks.');
    await user.click(within(restore).getByRole('button', { name: 'Replace everything with this backup' }));
    expect(store.getState().data).toEqual(savedState);
  });
});
