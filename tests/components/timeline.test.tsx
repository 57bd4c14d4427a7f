import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { renderApp } from '../helpers/render-app';

async function timelineWithDemo() {
  const app = await renderApp();
  app.actions.createDemoPlan('en');
  await app.user.click(screen.getByRole('button', { name: 'Timeline' }));
  // The timeline loads on first use.
  await screen.findByRole('treegrid', { name: 'Tasks and dates' });
  return app;
}

describe('the timeline', () => {
  it('lists the plan as a tree grid with dates, working days and float', async () => {
    await timelineWithDemo();
    const grid = screen.getByRole('treegrid', { name: 'Tasks and dates' });
    expect(within(grid).getByRole('rowheader', { name: 'Raise monthly active users 20% this quarter' })).toBeInTheDocument();
    const row = within(grid).getByRole('rowheader', { name: 'Run ad campaign' }).closest('[role="row"]') as HTMLElement;
    expect(within(row).getAllByRole('gridcell').map((c) => c.textContent)).toEqual(['Li Na', '2026-11-30', '2026-12-04', '5', '0']);
    expect(screen.getByText('Project ends 2026-12-11')).toBeInTheDocument();
  });

  it('tells a keyboard user the grid\'s keys when it takes focus, in English and in Chinese', async () => {
    const { user } = await timelineWithDemo();
    expect(screen.getByRole('treegrid', { name: 'Tasks and dates' })).toHaveAccessibleDescription(
      'Up and down arrows select a task. Alt with left or right moves it a day; Alt and Shift with left or right move its end. Plus and minus zoom. Enter edits the task, Escape deselects it.',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');
    expect(await screen.findByRole('treegrid', { name: '任务与日期' })).toHaveAccessibleDescription(/^上下方向键选择任务。.*Esc 取消选择。$/);
  });

  it('names the loop when links from elsewhere close one, so the user knows which link to remove', async () => {
    const { store } = await timelineWithDemo();
    const { tasks, dependencies } = store.getState().data;
    // A chain first → second → third in the demo plan; a link back from second to first (made in
    // another tab, where each link alone was fine) closes a loop that third is only downstream of.
    const links = Object.values(dependencies);
    const first = links.find((a) => links.some((b) => b.fromId === a.toId))!;
    const second = tasks[first.toId]!;
    const third = tasks[links.find((b) => b.fromId === second.id)!.toId]!;
    const back = { id: 'dep_back', planId: first.planId, fromId: second.id, toId: first.fromId, type: 'FS' as const, lagDays: 0 };
    store.commit({ origin: 'tab', label: 'link', patches: [{ table: 'dependencies', op: 'create', id: back.id, value: back }] });
    const loop = `${tasks[first.fromId]!.title} → ${second.title} → ${tasks[first.fromId]!.title}`;
    const other = `${second.title} → ${tasks[first.fromId]!.title} → ${second.title}`;
    const alert = await screen.findByRole('alert');
    expect([`The dependencies of this plan form a loop (${loop}); remove one link to see the timeline.`, `The dependencies of this plan form a loop (${other}); remove one link to see the timeline.`]).toContain(alert.textContent);
    expect(alert).not.toHaveTextContent(third.title);
  });

  it('collapses a goal', async () => {
    const { user } = await timelineWithDemo();
    await user.click(screen.getByRole('button', { name: 'Collapse Raise monthly active users 20% this quarter' }));
    expect(screen.queryByRole('rowheader', { name: 'Run ad campaign' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Expand Raise monthly active users 20% this quarter' }));
    expect(screen.getByRole('rowheader', { name: 'Run ad campaign' })).toBeInTheDocument();
  });

  it('saves a baseline and shows the slip of a task moved after it', async () => {
    const { user, actions, store } = await timelineWithDemo();
    await user.click(screen.getByRole('button', { name: 'Save baseline…' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Save baseline…' })).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('columnheader', { name: 'Slip (days)' })).toBeInTheDocument();
    const summary = Object.values(store.getState().data.tasks).find((t) => t.title === 'Monthly summary')!;
    actions.rescheduleTask(summary.id, '2026-12-14', '2026-12-15');
    const row = (await screen.findByRole('rowheader', { name: 'Monthly summary' })).closest('[role="row"]') as HTMLElement;
    expect(within(row).getAllByRole('gridcell').at(-1)).toHaveTextContent('+4');
  });

  it('moves a rescheduled task to its place among its siblings, by start date', async () => {
    const { actions, store } = await timelineWithDemo();
    const names = () => screen.getAllByRole('rowheader').map((header) => header.textContent);
    const position = (name: string) => names().indexOf(name);
    expect(position('Market research')).toBeLessThan(position('Competitor analysis'));
    const research = Object.values(store.getState().data.tasks).find((t) => t.title === 'Market research')!;
    const competitors = Object.values(store.getState().data.tasks).find((t) => t.title === 'Competitor analysis')!;
    actions.rescheduleTask(research.id, addDays(competitors.startDate!, 1), addDays(competitors.dueDate!, 1));
    await waitFor(() => expect(position('Market research')).toBeGreaterThan(position('Competitor analysis')));
    const row = screen.getByRole('rowheader', { name: 'Market research' }).closest('[role="row"]') as HTMLElement;
    expect(within(row).getAllByRole('gridcell')[1]).toHaveTextContent(addDays(competitors.startDate!, 1));
  });

  it('edits the working calendar and refuses an invalid date', async () => {
    const { user, store } = await timelineWithDemo();
    await user.click(screen.getByRole('button', { name: 'Working calendar…' }));
    const dialog = screen.getByRole('dialog', { name: 'Working calendar…' });
    await user.type(within(dialog).getByLabelText('Public holidays'), '2026-12-25\n2026-13-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByLabelText('Public holidays')).toHaveAccessibleDescription('“2026-13-01” is not a valid date (YYYY-MM-DD).');
    await user.clear(within(dialog).getByLabelText('Public holidays'));
    await user.type(within(dialog).getByLabelText('Public holidays'), '2026-12-25');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Saturday' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const plan = Object.values(store.getState().data.plans)[1]!;
    expect(plan.calendar).toEqual({ weekendDays: [0], holidays: ['2026-12-25'], workdays: [] });
  });

  it('adds a milestone from the toolbar', async () => {
    const { user, store } = await timelineWithDemo();
    await user.click(screen.getByRole('button', { name: 'Add milestone' }));
    const dialog = screen.getByRole('dialog', { name: 'Add milestone' });
    await user.type(within(dialog).getByLabelText('Milestone name'), '<script>x</script> Beta');
    await user.click(within(dialog).getByRole('button', { name: 'Add milestone' }));
    expect(Object.values(store.getState().data.tasks).find((t) => t.title === '<script>x</script> Beta')).toMatchObject({ isMilestone: true, startDate: '2026-11-24', dueDate: '2026-11-24' });
    expect(screen.getByRole('complementary', { name: 'Selected task: <script>x</script> Beta' })).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
  });
});
