import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppBrowser } from './browser';

// axe-core checks each screen against WCAG 2.2 A and AA and its best practices: contrast, names,
// roles, focus inside hidden parts, headings, scrolling regions. Evaluated through the DevTools
// protocol, which the page's content security policy does not govern (the app allows no inline script).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULE_SETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type AxeResult = { violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] };

/**
 * Every rule the page breaks as it stands (or the part of it `within` selects, outside `exclude`),
 * one line per element: empty when it breaks none.
 */
async function violations(page: Page, { within = 'html', exclude = [] }: { within?: string; exclude?: string[] } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    ([tags, include, left]) => (window as unknown as { axe: { run: (context: object, options: object) => Promise<AxeResult> } }).axe.run({ include: [[include]], exclude: left.map((selector) => [selector]) }, { runOnly: { type: 'tag', values: tags } }),
    [RULE_SETS, within, exclude] as const,
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`));
}

let app: AppBrowser | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function openView(page: Page, tab: string, ready: () => Promise<unknown>) {
  await page.getByRole('button', { name: tab, exact: true }).click();
  await ready();
}

describe('accessibility in Chromium (axe-core, WCAG 2.2 AA)', () => {
  it('every view of the demo plan breaks no rule', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Move card: Market research' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await openView(page, 'Timeline', () => page.locator('.bar-wrapper.op-task').first().waitFor());
    expect(await violations(page)).toEqual([]);
    await openView(page, 'Dashboard', () => page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor());
    expect(await violations(page)).toEqual([]);
    // A chart's data as a table, the accessible form of every chart.
    await page.getByRole('region', { name: 'Burn-down and burn-up' }).getByRole('button', { name: 'Show as table' }).click();
    expect(await violations(page)).toEqual([]);
    for (const [tab, heading] of [['Goals', 'SMART goals'], ['RACI', 'Responsibility matrix (RACI)'], ['Risks', 'Risk register'], ['Reviews', 'Reviews and lessons learned']] as const) {
      await openView(page, tab, () => page.getByRole('heading', { name: heading, level: 1 }).waitFor());
      expect(await violations(page), tab).toEqual([]);
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('the task editor, the import and export dialog, a new plan and the working calendar break no rule', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Market research', exact: true }).click();
    await page.getByRole('dialog', { name: 'Edit task: Market research' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Import / export' }).click();
    await page.getByRole('dialog', { name: 'Import and export' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'New plan', exact: true }).click();
    await page.getByRole('dialog', { name: 'New plan' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Options for plan Monthly operations plan' }).click();
    await page.getByRole('menu').waitFor();
    // The open menu itself: it lies over the board's first column buttons, which it leaves too small to hit while open.
    expect(await violations(page, { within: '[role="menu"]' })).toEqual([]);
    await page.keyboard.press('Escape');
    await openView(page, 'Timeline', () => page.locator('.bar-wrapper.op-task').first().waitFor());
    await page.getByRole('button', { name: 'Working calendar…' }).click();
    await page.getByRole('dialog', { name: 'Working calendar…' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    // A selected bar's details, and its links.
    await page.getByRole('rowheader', { name: 'Run ad campaign' }).click();
    const details = page.getByRole('complementary', { name: /Run ad campaign/ });
    await details.waitFor();
    expect(await violations(page)).toEqual([]);
    await details.getByRole('button', { name: 'Dependencies…' }).click();
    await page.getByRole('dialog', { name: 'Dependencies of “Run ad campaign”' }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('a card lifted from the keyboard breaks no rule: the copy under the pointer takes no focus', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Move card: Market research' }).focus();
    await page.keyboard.press('Space');
    await page.locator('[aria-live="assertive"]').getByText(/is over/).first().waitFor();
    await page.keyboard.press('ArrowRight');
    // The lifted card's place is drawn faded: text of an inactive placeholder, which WCAG's
    // contrast rule leaves out (1.4.3, "incidental"). Everything else is checked.
    expect(await violations(page, { exclude: ['.card.is-dragging'] })).toEqual([]);
    await page.keyboard.press('Escape');
    expect(app.pageErrors).toEqual([]);
  });

  it('the Chinese interface breaks no rule, and says it is Chinese', async () => {
    app = await openApp('zh-CN');
    const { page } = app;
    await page.getByRole('button', { name: '市场调研', exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await violations(page)).toEqual([]);
    await openView(page, '甘特图', () => page.locator('.bar-wrapper.op-task').first().waitFor());
    expect(await violations(page)).toEqual([]);
    await openView(page, '仪表盘', () => page.getByRole('heading', { name: '仪表盘', level: 1 }).waitFor());
    expect(await violations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
