import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppBrowser } from './browser';

let app: AppBrowser | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const DAY_COLUMN = 36;
const row = (page: Page, title: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
const cellTexts = async (page: Page, title: string): Promise<string[]> => (await row(page, title).getByRole('gridcell').allTextContents());

async function dragBar(page: Page, name: RegExp, days: number) {
  const box = await page.getByRole('img', { name }).locator('.bar').boundingBox();
  if (!box) throw new Error('bar not on screen');
  // Grab the upper part of the bar: the progress handle sits on its lower edge.
  const y = box.y + 5;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 6; step++) await page.mouse.move(x + (days * DAY_COLUMN * step) / 6, y);
  await page.mouse.up();
}

describe('the timeline in Chromium', () => {
  it('drags a bar two days: successors move on the timeline and the cards change on the board; a milestone shows as a diamond; both survive a reload', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByRole('treegrid', { name: 'Tasks and dates' }).waitFor();
    expect(await cellTexts(page, 'Define marketing strategy')).toEqual(['Li Na', expect.any(String), expect.any(String), '3', '0']);
    const [, strategyStart] = await cellTexts(page, 'Define marketing strategy');
    const [, contentStart] = await cellTexts(page, 'Social media content plan');

    await dragBar(page, /^Define marketing strategy,/, 2);
    await expect.poll(async () => (await cellTexts(page, 'Define marketing strategy'))[1]).not.toBe(strategyStart);
    const [, movedStart = '', movedEnd = ''] = await cellTexts(page, 'Define marketing strategy');
    const [, newContentStart = '', newContentEnd = ''] = await cellTexts(page, 'Social media content plan');
    expect(newContentStart > (contentStart ?? '')).toBe(true);
    expect(newContentStart > (movedEnd ?? '')).toBe(true);
    expect(movedStart > (strategyStart ?? '')).toBe(true);
    expect(await page.getByRole('img', { name: `Social media content plan, ${newContentStart} to ${newContentEnd}` }).count()).toBe(1);

    await page.getByRole('button', { name: 'Add milestone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add milestone' });
    await dialog.getByLabel('Milestone name').fill('Beta sign-off');
    await dialog.getByLabel('Date').fill(newContentEnd ?? '');
    await dialog.getByRole('button', { name: 'Add milestone' }).click();
    const milestone = page.getByRole('img', { name: `Milestone Beta sign-off, ${newContentEnd}` });
    await milestone.waitFor();
    expect(await page.locator('.op-milestone-diamond').count()).toBeGreaterThanOrEqual(2);

    await page.getByRole('button', { name: 'Board', exact: true }).click();
    const card = page.getByRole('article', { name: 'Social media content plan', exact: true });
    expect(await card.locator('time').getAttribute('datetime')).toBe(newContentEnd);

    app = await app.reopen();
    const reloaded = app.page;
    await reloaded.getByRole('button', { name: 'Timeline', exact: true }).click();
    await reloaded.getByRole('treegrid', { name: 'Tasks and dates' }).waitFor();
    expect((await cellTexts(reloaded, 'Social media content plan')).slice(1, 3)).toEqual([newContentStart, newContentEnd]);
    await reloaded.getByRole('img', { name: `Milestone Beta sign-off, ${newContentEnd}` }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('adds a dependency from the popup and refuses one that would close a loop', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await row(page, 'Market research').click();
    await page.getByRole('complementary', { name: 'Selected task: Market research' }).getByRole('button', { name: 'Dependencies…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dependencies of “Market research”' });
    await dialog.getByLabel('Predecessor').selectOption({ label: 'Monthly summary' });
    await dialog.getByRole('button', { name: 'Add dependency' }).click();
    await page.getByRole('alert').filter({ hasText: 'That would create a loop' }).waitFor();
    expect(await dialog.getByRole('list', { name: 'Predecessors' }).count()).toBe(0);

    await dialog.getByLabel('Predecessor').selectOption({ label: 'Analyse user feedback' });
    await dialog.getByLabel('Type').selectOption({ label: 'Start → start' });
    await dialog.getByLabel('Lag (working days)').fill('1');
    await dialog.getByRole('button', { name: 'Add dependency' }).click();
    await dialog.getByRole('list', { name: 'Predecessors' }).getByText('Analyse user feedback', { exact: true }).waitFor();
    expect(await dialog.getByLabel('Link type from Analyse user feedback').inputValue()).toBe('SS');
  });

  it('moves the selected bar with the keyboard and zooms', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await row(page, 'Monthly summary').click();
    const [, start] = await cellTexts(page, 'Monthly summary');
    await page.getByRole('treegrid', { name: 'Tasks and dates' }).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(async () => (await cellTexts(page, 'Monthly summary'))[1]).not.toBe(start);
    await page.keyboard.press('-');
    expect(await page.getByRole('combobox', { name: 'Zoom' }).inputValue()).toBe('week');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await cellTexts(page, 'Monthly summary'))[1]).toBe(start);
  });
});
