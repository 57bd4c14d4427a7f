import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

async function appWithCard(title = 'Market research') {
  const app = await renderApp();
  await app.user.type(screen.getByRole('textbox', { name: 'New card in To do' }), `${title}{Enter}`);
  await app.user.click(screen.getByRole('button', { name: title }));
  return { ...app, dialog: screen.getByRole('dialog', { name: `Edit task: ${title}` }) };
}

describe('the card editor', () => {
  it('edits every kind of field and saves them as one undoable change', async () => {
    const { user, dialog, store } = await appWithCard();
    const field = (label: string) => within(dialog).getByLabelText(label);
    await user.clear(field('Title'));
    await user.type(field('Title'), 'Market research report');
    await user.type(field('Description'), 'Three segments');
    await user.selectOptions(field('Priority'), 'Urgent');
    await user.type(field('Start date'), '2026-11-25');
    await user.type(field('Due date'), '2026-11-27');
    await user.type(field('Estimate (hours)'), '16');
    await user.type(field('Planned cost'), '2000');
    await user.clear(field('Progress (%)'));
    await user.type(field('Progress (%)'), '40');
    await user.type(field('Tags'), 'research, 调研');
    await user.type(field('Completion standard'), 'Report approved');
    await user.type(field('New checklist item'), 'Survey 100 users{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    const task = Object.values(store.getState().data.tasks)[0];
    expect(task).toMatchObject({
      title: 'Market research report', description: 'Three segments', priority: 'urgent', startDate: '2026-11-25', dueDate: '2026-11-27',
      estimateHours: 16, plannedCost: 2000, progress: 40, tags: ['research', '调研'], completionStandard: 'Report approved',
      checklist: [expect.objectContaining({ text: 'Survey 100 users', done: false })],
    });
    expect(screen.getByRole('button', { name: 'Market research report' })).toBeInTheDocument();
    expect(screen.getByText('Checklist 0/1')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('button', { name: 'Market research' })).toBeInTheDocument();
  });

  it('names the fields that need fixing and saves nothing until they are fixed', async () => {
    const { user, dialog, store } = await appWithCard();
    const before = store.getState().data;
    await user.clear(within(dialog).getByLabelText('Title'));
    await user.type(within(dialog).getByLabelText('Start date'), '2026-12-05');
    await user.type(within(dialog).getByLabelText('Due date'), '2026-12-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByLabelText('Title')).toHaveAccessibleDescription('This field is required.');
    expect(within(dialog).getByLabelText('Due date')).toHaveAccessibleDescription('The due date is before the start date.');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Some fields need attention before saving.');
    expect(store.getState().data).toBe(before);
  });

  it('assigns an owner and RACI roles from the plan members', async () => {
    const { user, actions, store } = await renderApp();
    actions.createDemoPlan('en');
    await user.click(await screen.findByRole('button', { name: 'Improve feedback channel' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit task: Improve feedback channel' });
    await user.selectOptions(within(dialog).getByLabelText('Owner'), 'Wang Lei · Data analyst');
    const raci = within(dialog).getByRole('group', { name: 'RACI' });
    await user.selectOptions(within(raci).getByRole('combobox', { name: 'RACI role of Wang Lei' }), 'R — Responsible');
    await user.selectOptions(within(raci).getByRole('combobox', { name: 'RACI role of Chen Jing' }), 'C — Consulted');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const members = Object.values(store.getState().data.members);
    const id = (name: string) => members.find((m) => m.name === name)!.id;
    const task = Object.values(store.getState().data.tasks).find((t) => t.title === 'Improve feedback channel')!;
    expect(task.ownerId).toBe(id('Wang Lei'));
    expect(task.raci).toEqual({ [id('Wang Lei')]: 'R', [id('Li Na')]: 'A', [id('Chen Jing')]: 'C' });
  });

  it('posts a comment that is kept with the task', async () => {
    const { user, dialog, store } = await appWithCard();
    await user.type(within(dialog).getByLabelText('Your name'), 'Li Na');
    await user.type(within(dialog).getByLabelText('New comment'), 'Data is in <b>the sheet</b>');
    await user.click(within(dialog).getByRole('button', { name: 'Post comment' }));
    expect(within(dialog).getByText('Data is in <b>the sheet</b>')).toBeInTheDocument();
    expect(Object.values(store.getState().data.tasks)[0]?.comments).toEqual([expect.objectContaining({ author: 'Li Na', body: 'Data is in <b>the sheet</b>' })]);
  });

  it('deletes a task after confirmation, and closes with Escape', async () => {
    const { user, dialog } = await appWithCard();
    await user.click(within(dialog).getByRole('button', { name: 'Delete task' }));
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Market research' })).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'New card in To do' }), 'Other{Enter}');
    await user.click(screen.getByRole('button', { name: 'Other' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
