import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, POLLUTING_JSON } from '../fixtures/hostile-corpus';
import { openApp, type AppBrowser } from './browser';

let app: AppBrowser | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

// Counts every payload that manages to run; the page's own policy is switched off so the test
// proves the app never turns text into markup, not just that the CSP would have stopped it.
const TRAP = `
  window.__hits = [];
  window.__pwned = () => window.__hits.push(new Error().stack);
  for (const name of ['alert', 'confirm', 'prompt']) window[name] = () => window.__hits.push(name);
`;

/** Scrolls every scrollable area of the page through its whole length, so windowed lists render every row. */
async function scrollEverything(page: Page) {
  await page.evaluate(async () => {
    const areas = [...document.querySelectorAll<HTMLElement>('main *')].filter((el) => el.scrollHeight > el.clientHeight + 10 && /(auto|scroll)/.test(getComputedStyle(el).overflowY));
    for (const area of areas) {
      for (let top = 0; top <= area.scrollHeight; top += Math.max(200, area.clientHeight)) {
        area.scrollTop = top;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
    }
  });
}

async function upload(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Import / export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  await dialog.getByLabel('Choose a file to import').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  return dialog;
}

async function download(page: Page, label: string): Promise<string> {
  await page.getByRole('button', { name: 'Import / export' }).click();
  const saved = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Import and export' }).getByRole('button', { name: label }).click();
  const text = readFileSync(await (await saved).path(), 'utf8');
  await page.keyboard.press('Escape');
  return text;
}

const hits = (page: Page) => page.evaluate(() => (window as unknown as { __hits: unknown[] }).__hits);
const polluted = (page: Page) => page.evaluate(() => Object.keys(Object.prototype).length > 0 || ({} as Record<string, unknown>).polluted !== undefined);

describe('hostile input in Chromium, content security policy off', () => {
  it(`drives ${HOSTILE_STRINGS.length} hostile strings through import, every view, editing and every export: nothing runs, nothing is polluted, nothing crashes`, async () => {
    expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(200);
    app = await openApp('en-US', undefined, { bypassCSP: true, initScript: TRAP });
    const { page } = app;
    // The trap works: markup written as HTML with the policy off does run and is counted.
    await page.evaluate(() => {
      const probe = document.createElement('div');
      // eslint-disable-next-line no-restricted-syntax -- deliberately unsafe: proves the trap counts a payload that runs
      probe.innerHTML = '<img src=x onerror=__pwned()>';
      document.body.append(probe);
    });
    await expect.poll(() => hits(page).then((h) => h.length)).toBe(1);
    await page.evaluate(() => { (window as unknown as { __hits: unknown[] }).__hits = []; });
    const n = HOSTILE_STRINGS.length;
    const pick = (i: number) => HOSTILE_STRINGS[i % n] as string;

    // Create: every string as a title, description, label, status and owner, through a CSV import.
    const rows = HOSTILE_STRINGS.map((title, i) => [title, pick(i + 1), pick(i + 2).slice(0, 200), pick(i % 5 + 40), pick(i % 4 + 80), pick(i + 3).slice(0, 30), '2026-11-2' + (i % 9)]);
    const csv = Papa.unparse({ fields: ['Summary', 'Description', 'Labels', 'Status', 'Assignee', 'Due date', 'Start date'], data: rows });
    const dialog = await upload(page, 'hostile.csv', csv);
    const preview = dialog.getByRole('region', { name: 'Import preview' });
    await preview.getByRole('button', { name: 'Import as a new plan' }).click();
    await page.locator('.save-status.save-saved').waitFor();
    await scrollEverything(page);

    // Every view renders the same hostile plan.
    for (const view of ['Timeline', 'Dashboard', 'Goals', 'RACI', 'Risks', 'Reviews', 'Board']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await page.waitForTimeout(300);
      await scrollEverything(page);
    }
    await page.getByRole('button', { name: 'Reviews', exact: true }).click();
    await page.getByRole('button', { name: 'Generate weekly review' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Generate', exact: true }).click();
    await page.getByRole('article').waitFor();

    // Edit: hostile text typed into the editor, a risk and a goal.
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    for (let i = 0; i < 6; i++) {
      await page.locator('.card-title').first().click();
      const editor = page.getByRole('dialog', { name: /^Edit task/ });
      await editor.getByLabel('Title').fill(pick(i * 7).slice(0, 400) || 'x');
      await editor.getByLabel('Description').fill(pick(i * 7 + 1).slice(0, 5000));
      await editor.getByRole('button', { name: 'Save' }).click();
      await editor.waitFor({ state: 'detached' });
    }
    await page.getByRole('button', { name: 'Risks', exact: true }).click();
    await page.getByRole('button', { name: 'New risk' }).click();
    await page.getByRole('dialog').getByLabel('Risk', { exact: true }).fill(pick(1));
    await page.getByRole('dialog').getByLabel('Contingency plan').fill(pick(5));
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Goals', exact: true }).click();
    await page.getByRole('button', { name: 'New goal' }).click();
    await page.getByRole('dialog').getByLabel('Goal', { exact: true }).fill(pick(9));
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await scrollEverything(page);

    // Export in every format, and bring the files back in.
    const backup = await download(page, 'Back up everything (JSON)');
    const exportedCsv = await download(page, 'This plan as CSV');
    const xml = await download(page, 'This plan for MS Project (XML)');
    const ics = await download(page, 'Milestones and due dates (.ics)');
    expect(exportedCsv).not.toMatch(/(^|,)[=+\-@]/m);
    expect(xml).not.toContain('<script>');
    expect(ics).not.toMatch(/^BEGIN:VEVENT\r\nSUMMARY:injected/m);
    await (await upload(page, 'again.xml', xml)).getByRole('button', { name: 'Import as a new plan' }).click();
    await scrollEverything(page);
    await (await upload(page, 'backup.json', backup)).getByRole('button', { name: 'Replace everything with this backup' }).click();
    await scrollEverything(page);
    for (const [i, json] of POLLUTING_JSON.entries()) {
      const form = await upload(page, `pollute-${i}.json`, json);
      await form.getByRole('region', { name: 'Import preview' }).or(form.getByRole('alert')).first().waitFor();
      await page.keyboard.press('Escape');
    }

    expect(await hits(page)).toEqual([]);
    expect(await polluted(page)).toBe(false);
    expect(app.pageErrors).toEqual([]);
    // Still usable afterwards.
    await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  });
});
