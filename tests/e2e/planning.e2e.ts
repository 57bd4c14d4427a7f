import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_URL, openApp, type AppBrowser } from './browser';

let app: AppBrowser | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/**
 * In a laptop's window the risk register keeps every column in view and no word of it, heading or
 * value, split over two lines ("Categ-ory", "2026-12-" over "14", "Campaig-n").
 */
async function expectRegisterWhole(page: Page) {
  for (const width of [1280, 1200, 1024, 900]) {
    await page.setViewportSize({ width, height: 720 });
    const layout = await registerLayout(page);
    expect(layout.split, `${width} px`).toEqual([]);
    expect(layout.right, `${width} px`).toBeLessThanOrEqual(layout.window);
  }
}

/** Words of the risk register split over two lines, and where the register ends against the window. */
function registerLayout(page: Page) {
  return page.getByRole('table', { name: 'Risks by score' }).evaluate((table) => {
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    const split: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) split.push(match[0]);
      }
    }
    return { split, right: table.getBoundingClientRect().right, window: window.innerWidth };
  });
}

describe('the operations cycle in Chromium', () => {
  it('generates a weekly review, adds lessons, exports Markdown and finds it after a reload', async () => {
    // A Tuesday: of the demo's work, only last week's competitor analysis is late by then.
    app = await openApp('en-US', undefined, { today: '2026-12-01' });
    const { page } = app;
    await page.getByRole('button', { name: 'Reviews', exact: true }).click();
    await page.getByRole('button', { name: 'Generate weekly review' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Generate', exact: true }).click();
    const review = page.getByRole('article', { name: /^Weekly review / });
    await review.waitFor();
    expect(await review.getByRole('region', { name: 'Slipped (1)' }).getByRole('listitem').allTextContents()).toEqual(['Competitor analysis — due 2026-11-27, 4 days late']);
    expect(await review.getByRole('region', { name: 'KPIs' }).getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Monthly active users: /)]);
    await review.getByLabel('Lessons learned').fill('Verify <script>tracking</script> before launch');
    await review.getByRole('button', { name: 'Save', exact: true }).click();

    const download = page.waitForEvent('download');
    await review.getByRole('button', { name: 'Export Markdown' }).click();
    const markdown = readFileSync(await (await download).path(), 'utf8');
    expect(markdown).toMatch(/^# Weekly review /);
    expect(markdown).toContain('## Lessons learned\nVerify <script>tracking</script> before launch');

    app = await app.reopen();
    await app.page.getByRole('button', { name: 'Reviews', exact: true }).click();
    await app.page.getByRole('searchbox', { name: 'Search reviews' }).fill('tracking');
    await app.page.getByRole('list', { name: 'Reviews' }).getByRole('button', { name: /^Weekly review / }).click();
    expect(await app.page.getByRole('article').getByLabel('Lessons learned').inputValue()).toBe('Verify <script>tracking</script> before launch');
    expect(app.pageErrors).toEqual([]);
  });

  it('records a risk on a critical task and sees it flagged and on the heat map', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Risks', exact: true }).click();
    await expectRegisterWhole(page);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByRole('button', { name: 'New risk' }).click();
    const dialog = page.getByRole('dialog', { name: 'New risk' });
    await dialog.getByLabel('Risk', { exact: true }).fill('Key analyst on leave');
    await dialog.getByLabel('Probability (1–5)').selectOption('4');
    await dialog.getByLabel('Impact (1–5)').selectOption('5');
    await dialog.getByLabel('Linked tasks').selectOption({ label: 'Evaluate results and adjust' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('table', { name: 'Risks by score' }).getByRole('row').nth(1);
    expect(await row.getByRole('rowheader').textContent()).toBe('Key analyst on leaveOn the critical path');
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('20 (4×5)');
    const heat = page.getByRole('table', { name: /Heat map/ });
    expect(await heat.getByRole('row').nth(2).getByRole('cell').last().textContent()).toBe('1');
    await expectRegisterWhole(page);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('the pages beside the board in Chromium', () => {
  it('styles goals, RACI, risks and reviews whichever is opened first in a fresh page', async () => {
    app = await openApp();
    const { page } = app;
    for (const [view, title] of [['Goals', 'SMART goals'], ['RACI', 'Responsibility matrix (RACI)'], ['Risks', 'Risk register'], ['Reviews', 'Reviews and lessons learned']] as const) {
      // A fresh page on the board: no other view's stylesheet is loaded.
      await page.goto(APP_URL);
      await page.locator('main[aria-busy="false"]').waitFor();
      await page.getByRole('button', { name: view, exact: true }).click();
      const heading = page.getByRole('heading', { level: 1, name: title });
      expect(await heading.evaluate((h1) => getComputedStyle(h1).fontSize), view).toBe('18px');
      if (view === 'Goals') {
        const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Raise monthly active users 20% this quarter' }) });
        expect(await card.evaluate((item) => getComputedStyle(item).borderTopWidth)).toBe('1px');
      }
    }
    expect(app.pageErrors).toEqual([]);
  });
});

describe('templates and repeating work in Chromium', () => {
  it('starts a plan from the monthly template; finishing the weekly meeting brings next week’s, kept after reload', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'New plan' });
    await dialog.getByRole('radio', { name: 'A template' }).check();
    await dialog.getByLabel('Template', { exact: true }).selectOption({ label: 'Monthly operations plan' });
    await dialog.getByLabel('Start date').fill('2026-11-23');
    await dialog.getByLabel('Plan name').fill('December ops');
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    const todo = page.getByRole('region', { name: /^To do \(\d+ cards?\)$/ });
    await todo.getByRole('button', { name: 'Repeats Weekly meeting', exact: true }).waitFor();

    const live = page.locator('[aria-live="assertive"]');
    await page.getByRole('button', { name: 'Move card: Weekly meeting', exact: true }).focus();
    await page.keyboard.press('Space');
    await live.getByText(/Weekly meeting/).first().waitFor();
    for (const column of ['In progress', 'Review', 'Done']) {
      await page.keyboard.press('ArrowRight');
      await live.getByText(`Card Weekly meeting is over ${column}.`).waitFor();
    }
    await page.keyboard.press('Space');
    await live.getByText('Card Weekly meeting was dropped in Done.').waitFor();

    // The finished meeting stays in Done without the repeat mark; the next one waits in To do.
    const done = page.getByRole('region', { name: /^Done \(\d+ cards?\)$/ });
    await done.getByRole('button', { name: 'Weekly meeting', exact: true }).waitFor();
    await todo.getByRole('button', { name: 'Repeats Weekly meeting', exact: true }).click();
    const editor = page.getByRole('dialog', { name: 'Edit task: Weekly meeting' });
    expect(await editor.getByLabel('Start date').inputValue()).toBe('2026-11-30');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });

    app = await app.reopen();
    const reopened = app.page.getByRole('region', { name: /^To do \(\d+ cards?\)$/ });
    await reopened.getByRole('button', { name: 'Repeats Weekly meeting', exact: true }).waitFor();
    expect(await app.page.getByRole('combobox', { name: 'Current plan' }).locator('option:checked').textContent()).toBe('December ops');
    expect(app.pageErrors).toEqual([]);
  });
});
