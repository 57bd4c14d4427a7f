import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { APP_URL, launchChromium, openApp, type AppBrowser } from './browser';

let app: AppBrowser | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const card = (page: Page, title: string) => page.getByRole('button', { name: title, exact: true });

/**
 * The database's count of writes, the one its snapshot was taken at and the rules its header
 * names (see RECORD_RULES; null: no snapshot yet).
 */
const snapshotState = (page: Page) => page.evaluate(() => new Promise<{ revision: number; snapshot: number | null; rules: string | null }>((resolve, reject) => {
  const open = indexedDB.open('opsplan');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const meta = open.result.transaction('meta').objectStore('meta');
    const revision = meta.get('revision');
    const header = meta.get('snapshot');
    header.onsuccess = () => {
      resolve({ revision: revision.result?.value ?? 0, snapshot: header.result?.value.revision ?? null, rules: header.result?.value.rules ?? null });
      open.result.close();
    };
  };
}));

/** Waits until the snapshot is taken at the database's revision (a couple of seconds after the last save). */
const snapshotTaken = (page: Page) => expect.poll(async () => { const s = await snapshotState(page); return s.snapshot === s.revision; }, { timeout: 10_000 }).toBe(true);

async function addCard(page: Page, title: string) {
  await page.getByRole('textbox', { name: 'New card in To do' }).fill(title);
  await page.keyboard.press('Enter');
  await card(page, title).waitFor();
  await page.locator('.save-status.save-saved').waitFor();
}

describe('offline, tabs, upgrades and the content security policy in Chromium', () => {
  it('opens and works with the network off after the first visit, and keeps offline edits', async () => {
    app = await openApp();
    const { page, context } = app;
    // The service worker has precached the app once it is active.
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await context.setOffline(true);
    await page.getByText('Offline — working on this device').waitFor();
    await page.reload();
    await card(page, 'Market research').waitFor();
    await page.getByRole('textbox', { name: 'New card in To do' }).fill('Written on the train');
    await page.keyboard.press('Enter');
    await page.locator('.save-status.save-saved').waitFor();
    // Code kept apart from the first screen (dialogs, the Chinese catalogue) is precached too.
    await page.getByRole('button', { name: 'New plan', exact: true }).click();
    await page.getByRole('dialog', { name: 'New plan' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('button', { name: '看板', exact: true }).waitFor();
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByRole('button', { name: 'Board', exact: true }).waitFor();
    await page.reload();
    await card(page, 'Written on the train').waitFor();
    expect(await page.getByText('Offline — working on this device').count()).toBe(1);
    await context.setOffline(false);
    await page.getByText('Offline — working on this device').waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });

  it('says so when a dialog’s code cannot be fetched, keeps the page, and opens the dialog once it can', async () => {
    // The task editor's code never arrives: the network drops before it was fetched or cached.
    const editorCode = /task-editor-dialog-[\w-]+\.js$/;
    app = await openApp('en-US', undefined, { prepare: (context) => context.route(editorCode, (route) => route.abort('internetdisconnected')) });
    const { page, context } = app;
    await card(page, 'Market research').click();
    await page.getByRole('alert').filter({ hasText: 'This part of Opsplan could not be loaded' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    // The page is as it was: the board and its cards, and nothing stored is touched.
    await card(page, 'Market research').waitFor();
    expect(await page.getByRole('region', { name: /^To do \(/ }).count()).toBe(1);

    await context.unroute(editorCode);
    await card(page, 'Market research').click();
    await page.getByRole('dialog', { name: /Market research/ }).waitFor();
    await page.keyboard.press('Escape');
    const notLoaded = page.getByRole('alert').filter({ hasText: 'This part of Opsplan could not be loaded' });
    await notLoaded.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notLoaded.count()).toBe(0);

    // A column's dialog, which is drawn inside the board, the same way: the board stays.
    const columnSettingsCode = /column-settings-dialog-[\w-]+\.js$/;
    await context.route(columnSettingsCode, (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Column options for To do' }).click();
    await page.getByRole('menuitem', { name: 'Rename and limit…' }).click();
    await notLoaded.waitFor();
    await card(page, 'Market research').waitFor();
    await context.unroute(columnSettingsCode);
    await page.getByRole('button', { name: 'Column options for To do' }).click();
    await page.getByRole('menuitem', { name: 'Rename and limit…' }).click();
    await page.getByRole('dialog', { name: 'Column “To do”' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('opens from the snapshot taken once saving is quiet, and never from one older than the last save', async () => {
    app = await openApp();
    const { page } = app;
    await addCard(page, 'Before the snapshot');
    await snapshotTaken(page);
    await page.reload();
    await card(page, 'Before the snapshot').waitFor();
    // A change saved after it makes the snapshot stale: the reload right after reads the tables.
    await addCard(page, 'After the snapshot');
    const stale = await snapshotState(page);
    expect(stale.snapshot).not.toBeNull();
    expect(stale.snapshot).toBeLessThan(stale.revision);
    await page.reload();
    await card(page, 'Before the snapshot').waitFor();
    await card(page, 'After the snapshot').waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a snapshot written under its own rules as read, then takes out a record changed behind its back, with a notice', async () => {
    app = await openApp();
    const { page } = app;
    await addCard(page, 'Too long once edited');
    await addCard(page, 'Impossible due date once edited');
    await snapshotTaken(page);
    // Something other than the app changes two stored records in the snapshot: no build writes these.
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('opsplan');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const meta = open.result.transaction('meta', 'readwrite').objectStore('meta');
        const parts = meta.getAll(IDBKeyRange.bound('snapshot:', 'snapshot:\uffff'));
        parts.onsuccess = () => {
          for (const row of parts.result as { key: string; value: { table: string; records: { title: string; dueDate: string | null }[] } }[]) {
            if (row.value.table !== 'tasks') continue;
            for (const task of row.value.records) {
              if (task.title === 'Too long once edited') task.title = 'x'.repeat(600);
              if (task.title === 'Impossible due date once edited') task.dueDate = '2026-02-31';
            }
            meta.put(row);
          }
          meta.transaction.oncomplete = () => { open.result.close(); resolve(); };
        };
      };
    }));
    await page.reload();
    await page.getByText('2 stored records could not be read and were left untouched on disk.').waitFor();
    await card(page, 'Market research').waitFor();
    expect(await page.getByRole('button', { name: 'Impossible due date once edited', exact: true }).count()).toBe(0);
    expect(await page.locator('.card-title', { hasText: 'xxxxxxxxxx' }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('takes a snapshot again after an update changes the rules records are validated by', async () => {
    app = await openApp();
    const { page } = app;
    await addCard(page, 'Kept across the update');
    await snapshotTaken(page);
    const rulesOfThisBuild = (await snapshotState(page)).rules;
    expect(rulesOfThisBuild).toMatch(/^[0-9a-f]{16}$/);
    // As if an older build had written it: the next start validates its records, then writes it again.
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('opsplan');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const meta = open.result.transaction('meta', 'readwrite').objectStore('meta');
        const header = meta.get('snapshot');
        header.onsuccess = () => meta.put({ ...header.result, value: { ...header.result.value, rules: 'an older build' } });
        meta.transaction.oncomplete = () => { open.result.close(); resolve(); };
      };
    }));
    await page.reload();
    await card(page, 'Kept across the update').waitFor();
    await expect.poll(async () => (await snapshotState(page)).rules, { timeout: 10_000 }).toBe(rulesOfThisBuild);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps a card added the moment the plans show, on a first visit and on a return', async () => {
    // On a return Dexie's code loads once the first screen has settled, or at the first change
    // before that; on a first visit right after the paint, to store the demo plan. Either way a
    // change made at once is saved.
    app = await openApp();
    await addCard(app.page, 'Added at first sight');
    expect(app.pageErrors).toEqual([]);
    app = await app.reopen();
    await card(app.page, 'Added at first sight').waitFor();
    await addCard(app.page, 'Added on return');
    expect(app.pageErrors).toEqual([]);
    app = await app.reopen();
    await card(app.page, 'Added on return').waitFor();
    await card(app.page, 'Added at first sight').waitFor();
    expect(await app.page.getByRole('combobox', { name: 'Current plan' }).locator('option').count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps one demo plan when a first visit opens two tabs at once, and shows each tab’s changes in the other', async () => {
    // Two tabs navigated together on a new profile: both find no database, both show a demo plan
    // of their own at once and store it once their database is open. Only the first stored is kept.
    const profile = mkdtempSync(join(tmpdir(), 'opsplan-e2e-'));
    const context = await launchChromium(profile);
    try {
      const one = context.pages()[0] ?? (await context.newPage());
      const two = await context.newPage();
      const pageErrors: string[] = [];
      for (const page of [one, two]) page.on('pageerror', (error) => pageErrors.push(String(error)));
      await Promise.all([one.goto(APP_URL), two.goto(APP_URL)]);
      for (const page of [one, two]) await page.locator('.save-status.save-saved').waitFor();
      const plans = (page: Page) => page.getByRole('combobox', { name: 'Current plan' }).locator('option').allTextContents();
      await expect.poll(() => plans(two)).toEqual(await plans(one));
      expect(await plans(one)).toHaveLength(1);

      await two.getByRole('textbox', { name: 'New card in To do' }).fill('Made in tab two');
      await two.keyboard.press('Enter');
      await card(one, 'Made in tab two').waitFor({ timeout: 2000 });
      // And after a reload, which reads what is stored: still one plan, with the card.
      await one.reload();
      await card(one, 'Made in tab two').waitFor();
      expect(await plans(one)).toHaveLength(1);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('keeps both of two tabs’ edits to different fields of one task, shown in both within a second', async () => {
    app = await openApp();
    const one = app.page;
    const two = await app.context.newPage();
    await two.goto(one.url());
    await card(two, 'Market research').waitFor();
    // Both editors open on the same task before either saves.
    await card(one, 'Market research').click();
    await card(two, 'Market research').click();
    const editorOne = one.getByRole('dialog', { name: 'Edit task: Market research' });
    const editorTwo = two.getByRole('dialog', { name: 'Edit task: Market research' });
    await editorOne.getByLabel('Title').fill('Market research (APAC)');
    await editorTwo.getByLabel('Priority').selectOption('urgent');
    await editorOne.getByRole('button', { name: 'Save' }).click();
    await card(two, 'Market research (APAC)').waitFor({ timeout: 1000 });
    await editorTwo.getByRole('button', { name: 'Save' }).click();
    for (const page of [one, two]) {
      const saved = page.getByRole('article', { name: 'Market research (APAC)' });
      await saved.getByText('Urgent').waitFor({ timeout: 1000 });
    }
    app = await app.reopen();
    await app.page.getByRole('article', { name: 'Market research (APAC)' }).getByText('Urgent').waitFor();
  });

  it('lets a newer version upgrade the database with this tab open: this tab steps aside instead of blocking or writing old rows', async () => {
    app = await openApp();
    const old = app.page;
    const newer = await app.context.newPage();
    await newer.goto('about:blank');
    await newer.goto(old.url().replace(/\/$/, '/manifest.webmanifest'));
    // What the next release's schema upgrade does: open the database at a higher version.
    const outcome = await newer.evaluate(() => new Promise<string>((resolve) => {
      const request = indexedDB.open('opsplan', 1000);
      request.onupgradeneeded = () => request.result.createObjectStore('addedByNextVersion');
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => { request.result.close(); resolve('upgraded'); };
      request.onerror = () => resolve(`error: ${request.error?.name}`);
    }));
    expect(outcome).toBe('upgraded');
    // The old tab reloaded and, finding a newer database, says so and writes nothing.
    await old.getByRole('alert').getByText(/A newer version of Opsplan updated this workspace/).waitFor();
    expect(await old.getByRole('button', { name: 'Reload to update' }).count()).toBe(1);
  });

  it('breaks none of its own content security policy while it loads, validates and draws', async () => {
    app = await openApp();
    const { page, context } = app;
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} at ${e.sourceFile}:${e.lineNumber}`));
    });
    // Loading validates every stored record; the timeline draws with frappe-gantt.
    await page.reload();
    await card(page, 'Market research').waitFor();
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.locator('.bar-wrapper:not(.op-spacer)').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  it('runs no inline script under the built app’s content security policy', async () => {
    app = await openApp();
    const { page } = app;
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const w = window as unknown as { inlineRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      // A string timer is eval: the page itself must refuse it.
      (setTimeout as unknown as (code: string, ms: number) => void)('window.timerRan = true', 0);
      await new Promise((r) => setTimeout(r, 100));
      return { inlineRan: w.inlineRan === true, timerRan: (window as unknown as { timerRan?: boolean }).timerRan === true, violations };
    });
    expect(result).toEqual({ inlineRan: false, timerRan: false, violations: expect.arrayContaining([expect.stringMatching(/^script-src/)]) });
  });
});
