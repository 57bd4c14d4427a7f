import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppBrowser } from './browser';

let app: AppBrowser | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const tileValue = (page: Page, label: string) => page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').textContent();

async function lastBurnRow(page: Page): Promise<string[]> {
  const card = page.getByRole('region', { name: 'Burn-down and burn-up' });
  const pressed = await card.getByRole('button', { name: 'Show as chart' }).count();
  if (!pressed) await card.getByRole('button', { name: 'Show as table' }).click();
  return card.getByRole('row').last().getByRole('cell').allTextContents();
}

describe('the dashboard in Chromium', () => {
  it('moves a card to done on the board and sees completion and burn-down change', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
    expect(await tileValue(page, 'Completion rate')).toBe('20% 2 of 10 tasks');
    const [remainingBefore, doneBefore] = await lastBurnRow(page);
    expect([remainingBefore, doneBefore]).toEqual(['8', '2']);

    await page.getByRole('button', { name: 'Board', exact: true }).click();
    const live = page.locator('[aria-live="assertive"]');
    await page.getByRole('button', { name: 'Move card: Social media content plan', exact: true }).focus();
    await page.keyboard.press('Space');
    await live.getByText('Card Social media content plan is over Review.').waitFor();
    await page.keyboard.press('ArrowRight');
    await live.getByText('Card Social media content plan is over Done.').waitFor();
    await page.keyboard.press('Space');
    await live.getByText('Card Social media content plan was dropped in Done.').waitFor();

    await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
    await expect.poll(() => tileValue(page, 'Completion rate')).toBe('30% 3 of 10 tasks');
    expect((await lastBurnRow(page)).slice(0, 2)).toEqual(['7', '3']);
    expect(await tileValue(page, 'Done this week')).toBe('1 task done');
  });

  it('enters a KPI measurement and sees the trend and the goal move', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
    const form = page.getByRole('form', { name: 'New measurement of Monthly active users' });
    const today = await form.getByLabel('Date').inputValue();
    await form.getByLabel('Value').fill('56000');
    await form.getByLabel('Note').fill('after the <b>launch</b>');
    await form.getByRole('button', { name: 'Add measurement' }).click();
    const card = page.getByRole('region', { name: 'Monthly active users (users)' });
    await card.getByText('Latest 56,000').waitFor();
    // Four points drawn: the three demo weeks and the new one.
    expect(await card.locator('.recharts-line-dot').count()).toBe(4);
    // The target, above every measurement so far, is on the chart with its name (the axis reaches it).
    await card.locator('svg text', { hasText: 'Target' }).waitFor();
    expect(await card.locator('svg .recharts-cartesian-axis-tick-value').allTextContents()).toContain('60,000');
    await card.getByRole('button', { name: 'Show as table' }).click();
    expect(await card.getByRole('row').last().textContent()).toBe(`${today}56000after the <b>launch</b>`);
    expect(await page.getByRole('progressbar', { name: /^Progress of Raise monthly active users/ }).getAttribute('value')).toBe('60');
    // The New KPI dialog, drawn inside the KPI panel, is titled as every dialog is, not as the panel.
    await page.getByRole('button', { name: 'New KPI' }).click();
    const title = page.getByRole('dialog', { name: 'New KPI' }).getByRole('heading', { name: 'New KPI' });
    expect(await title.evaluate((heading) => [getComputedStyle(heading).fontSize, getComputedStyle(heading).marginBottom])).toEqual(['18px', '12px']);
  });
});
