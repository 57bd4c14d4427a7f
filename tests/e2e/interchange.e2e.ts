import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppBrowser } from './browser';

let app: AppBrowser | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const FIXTURES = join(__dirname, '../fixtures/interchange');

describe('import and export in Chromium', () => {
  it('imports an MS Project file with hostile text, shows it on the board and timeline, exports it and re-imports the same graph', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Import / export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import and export' });
    await dialog.getByLabel('Choose a file to import').setInputFiles(join(FIXTURES, 'project-2019.xml'));
    const preview = dialog.getByRole('region', { name: 'Import preview' });
    expect(await preview.locator('p').first().textContent()).toBe('MS Project: 5 tasks, 3 links, 1 milestones, 1 people, starting 2026-12-01.');
    await preview.getByRole('button', { name: 'Import as a new plan' }).click();
    await page.getByRole('button', { name: '<script>alert(1)</script> 数据分析', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByRole('img', { name: '<script>alert(1)</script> 数据分析, 2026-12-01 to 2026-12-02' }).waitFor();
    await page.getByRole('img', { name: '策略会, 2026-12-10 to 2026-12-10' }).waitFor();
    expect(await page.locator('script:text("alert(1)")').count()).toBe(0);

    await page.getByRole('button', { name: 'Import / export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('dialog', { name: 'Import and export' }).getByRole('button', { name: 'This plan for MS Project (XML)' }).click();
    const file = await (await download).path();
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 数据分析');
    await page.getByRole('dialog', { name: 'Import and export' }).getByLabel('Choose a file to import').setInputFiles({ name: 'again.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
    expect(await page.getByRole('region', { name: 'Import preview' }).locator('p').first().textContent()).toBe('MS Project: 5 tasks, 3 links, 1 milestones, 1 people, starting 2026-12-01.');
    expect(app.pageErrors).toEqual([]);
  });

  it('backs up, loses a plan, restores the backup and finds it after a reload; a bad backup changes nothing', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Import / export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up everything (JSON)' }).click();
    const backup = readFileSync(await (await download).path(), 'utf8');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Options for plan Monthly operations plan' }).click();
    await page.getByRole('menuitem', { name: 'Delete plan…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete plan' }).click();
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();

    await page.getByRole('button', { name: 'Import / export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import and export' });
    const damaged = backup.replace(/"dueDate":"(\d{4})-\d{2}-\d{2}"/, '"dueDate":"$1-02-30"');
    await dialog.getByLabel('Choose a file to import').setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
    expect(await dialog.getByRole('alert').textContent()).toMatch(/^Nothing was imported from damaged\.json\. tasks\[\d+\]\.dueDate: an invalid value/);
    await dialog.getByLabel('Choose a file to import').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await dialog.getByRole('button', { name: 'Replace everything with this backup' }).click();
    await page.getByRole('button', { name: 'Market research', exact: true }).waitFor();

    app = await app.reopen();
    await app.page.getByRole('button', { name: 'Market research', exact: true }).waitFor();
    expect(await app.page.getByRole('combobox', { name: 'Current plan' }).locator('option:checked').textContent()).toBe('Monthly operations plan');
    expect(app.pageErrors).toEqual([]);
  });

  it('prints the whole timeline with its left grid, every row, as a PDF', async () => {
    app = await openApp();
    const { page } = app;
    // Keep the print layout mounted: headless Chromium's print() returns at once and fires afterprint.
    await page.evaluate(() => { window.print = () => undefined; });
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByRole('toolbar', { name: 'Timeline tools' }).getByRole('button', { name: 'Print' }).click();
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.timeline-print');
    await printed.waitFor();
    const rows = await printed.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(12); // the goal row and its eleven tasks
    expect(rows.some((r) => r.startsWith('Run ad campaignLi Na'))).toBe(true);
    expect(await printed.locator('.print-diamond').count()).toBe(1);
    expect(await page.locator('.timeline-body').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(app.pageErrors).toEqual([]);
  });
});
