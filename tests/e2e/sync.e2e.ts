import type { ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppBrowser } from './browser';
import { kill, startSyncServer, temporaryDataDir } from './sync-processes';

const SERVER_PORT = 4314;
const SERVER = `ws://127.0.0.1:${SERVER_PORT}`;
const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+ cards?\\)$`) });
const syncState = (page: Page) => page.getByRole('status', { name: 'Sync' });

let server: ChildProcess | null = null;
const apps: AppBrowser[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});
afterAll(async () => {
  if (server) await kill(server);
});

async function createPlan(page: Page, name: string) {
  await page.getByRole('button', { name: 'New plan', exact: true }).click();
  await page.getByLabel('Plan name').fill(name);
  await page.getByRole('button', { name: 'Create plan', exact: true }).click();
  await expect.poll(() => page.getByRole('combobox', { name: 'Current plan' }).locator('option:checked').textContent()).toBe(name);
}

async function addCard(page: Page, title: string) {
  await page.getByRole('textbox', { name: 'New card in To do' }).fill(title);
  await page.keyboard.press('Enter');
  await page.getByRole('article', { name: title, exact: true }).waitFor();
}

async function renameCard(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: from, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Edit task: ${from}` });
  await dialog.getByLabel('Title').fill(to);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: to, exact: true }).waitFor();
}

/** Moves a card one column to the right from the keyboard, waiting on what a screen reader hears. */
async function moveCardRight(page: Page, title: string, to: string) {
  await page.getByRole('button', { name: `Move card: ${title}`, exact: true }).focus();
  const live = page.locator('[aria-live="assertive"]');
  await page.keyboard.press('Space');
  await live.getByText(new RegExp(`Card ${title} is over`)).waitFor();
  await page.keyboard.press('ArrowRight');
  await live.getByText(`Card ${title} is over ${to}.`).waitFor();
  await page.keyboard.press('Space');
  await live.getByText(`Card ${title} was dropped in ${to}.`).waitFor();
}

async function openPlanMenu(page: Page, item: string) {
  await page.getByRole('button', { name: /^Options for plan / }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

describe('team sync between two laptops (two Chromium profiles, one sync server)', () => {
  it('shares a plan, joins it with the key, merges live and offline edits, survives a reload, and refuses a wrong key', async () => {
    server = await startSyncServer(SERVER_PORT, temporaryDataDir());

    // Ana shares a new plan.
    const ana = await openApp();
    apps.push(ana);
    await createPlan(ana.page, 'Store launch');
    await addCard(ana.page, 'Book the venue');
    await addCard(ana.page, 'Print flyers');
    await openPlanMenu(ana.page, 'Share…');
    const share = ana.page.getByRole('dialog', { name: 'Share “Store launch” with your team' });
    await share.getByLabel('Sync server address').fill(SERVER);
    await share.getByRole('button', { name: 'Start sharing', exact: true }).click();
    await share.getByText('Shared · up to date').waitFor();
    const planKey = await share.getByLabel('Plan key').inputValue();
    expect(planKey).toMatch(/^plan_[A-Za-z0-9]+\.[A-Za-z0-9_-]{32}$/);
    await share.getByRole('button', { name: 'Close', exact: true }).last().click();
    await syncState(ana.page).getByText('Shared · up to date').waitFor();

    // Ben joins it from his own laptop.
    const ben = await openApp();
    apps.push(ben);
    await openPlanMenu(ben.page, 'Join a shared plan…');
    const join = ben.page.getByRole('dialog', { name: 'Join a shared plan' });
    await join.getByLabel('Sync server address').fill(SERVER);
    await join.getByLabel('Plan key').fill(planKey);
    await join.getByRole('button', { name: 'Join plan', exact: true }).click();
    await expect.poll(() => ben.page.getByRole('combobox', { name: 'Current plan' }).locator('option:checked').textContent()).toBe('Store launch');
    await column(ben.page, 'To do').getByRole('article', { name: 'Book the venue', exact: true }).waitFor();
    await syncState(ben.page).getByText('Shared · up to date').waitFor();

    // A live edit arrives in a moment.
    await moveCardRight(ben.page, 'Print flyers', 'In progress');
    await column(ana.page, 'In progress').getByRole('article', { name: 'Print flyers', exact: true }).waitFor({ timeout: 5_000 });

    // Offline: Ana renames a card while Ben moves the same card; both edits survive the reconnection.
    await ana.context.setOffline(true);
    await syncState(ana.page).getByText('Shared · offline, edits will merge').waitFor();
    await renameCard(ana.page, 'Book the venue', 'Book the venue (2 quotes)');
    await moveCardRight(ben.page, 'Book the venue', 'In progress');
    await ana.page.waitForTimeout(500);
    expect(await column(ana.page, 'To do').getByRole('article', { name: 'Book the venue (2 quotes)', exact: true }).count()).toBe(1);
    await ana.context.setOffline(false);
    for (const page of [ana.page, ben.page]) {
      await column(page, 'In progress').getByRole('article', { name: 'Book the venue (2 quotes)', exact: true }).waitFor({ timeout: 10_000 });
    }
    await syncState(ana.page).getByText('Shared · up to date').waitFor();

    // Ben's laptop restarts: the plan, its edits and its sharing are all still there.
    const benAgain = await ben.reopen();
    apps.splice(apps.indexOf(ben), 1, benAgain);
    await column(benAgain.page, 'In progress').getByRole('article', { name: 'Book the venue (2 quotes)', exact: true }).waitFor();
    await syncState(benAgain.page).getByText('Shared · up to date').waitFor();
    await renameCard(benAgain.page, 'Print flyers', 'Print 500 flyers');
    await ana.page.getByRole('article', { name: 'Print 500 flyers', exact: true }).waitFor({ timeout: 5_000 });

    // Someone with a wrong key gets nothing.
    const mallory = await openApp();
    apps.push(mallory);
    await openPlanMenu(mallory.page, 'Join a shared plan…');
    const wrong = mallory.page.getByRole('dialog', { name: 'Join a shared plan' });
    await wrong.getByLabel('Sync server address').fill(SERVER);
    await wrong.getByLabel('Plan key').fill(`${planKey.split('.')[0]}.${'x'.repeat(32)}`);
    await wrong.getByRole('button', { name: 'Join plan', exact: true }).click();
    await wrong.getByText('The server refused this plan key.').waitFor();
    expect(await mallory.page.getByRole('combobox', { name: 'Current plan' }).locator('option', { hasText: 'Store launch' }).count()).toBe(0);

    for (const app of apps) expect(app.pageErrors).toEqual([]);
  });
});
