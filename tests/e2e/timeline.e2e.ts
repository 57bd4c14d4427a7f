import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppBrowser } from './browser';

let app: AppBrowser | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const DAY_COLUMN = 36;
/** The height of the dates' header over the chart and of the grid's over the rows (HEADER_HEIGHT). */
const CHART_HEADER = 66;
const row = (page: Page, title: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
const cellTexts = async (page: Page, title: string): Promise<string[]> => (await row(page, title).getByRole('gridcell').allTextContents());

/** Where to grab a bar: its upper part, as the progress handle sits on its lower edge. */
async function grabPoint(page: Page, name: RegExp) {
  const box = await page.getByRole('img', { name }).locator('.bar').boundingBox();
  if (!box) throw new Error('bar not on screen');
  return { x: box.x + box.width / 2, y: box.y + 5 };
}

async function clickBar(page: Page, name: RegExp) {
  const { x, y } = await grabPoint(page, name);
  await page.mouse.click(x, y);
}

/**
 * Scrolls the chart sideways, when needed, so that the bar and the days it is dragged over are in
 * view: the chart opens a week before today, so where a demo task sits depends on the weekday the
 * test runs on, and a drag that leaves the window stops at its edge.
 */
async function makeRoomToDrag(page: Page, name: RegExp, days: number) {
  await page.getByRole('img', { name }).locator('.bar').evaluate((bar, distance) => {
    const chart = bar.closest('.gantt-container');
    if (!chart) throw new Error('the bar is not in a chart');
    const visibleRight = Math.min(chart.getBoundingClientRect().right, window.innerWidth);
    const shortfall = bar.getBoundingClientRect().right + distance + 40 - visibleRight;
    if (shortfall > 0) chart.scrollLeft += shortfall;
  }, days * DAY_COLUMN);
  await page.evaluate(() => new Promise(requestAnimationFrame));
}

async function dragBar(page: Page, name: RegExp, days: number) {
  await makeRoomToDrag(page, name, days);
  const { x, y } = await grabPoint(page, name);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 6; step++) await page.mouse.move(x + (days * DAY_COLUMN * step) / 6, y);
  await page.mouse.up();
}

/** The demo plan's timeline in a laptop's window (1280 x 720), its days fixed, bars drawn. */
async function openTimelineInLaptopWindow(): Promise<AppBrowser> {
  const opened = await openApp('en-US', undefined, { today: '2026-11-24' });
  await opened.page.setViewportSize({ width: 1280, height: 720 });
  await opened.page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await opened.page.locator('.bar-wrapper.op-task').first().waitFor();
  return opened;
}

/** Waits until the page has drawn two frames: what a change (a selection, a scroll) lays out is on screen. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

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
    // Letting go of a dragged bar is not a click: its popup stays closed until the bar is clicked.
    const strategyPopup = page.getByRole('complementary', { name: 'Selected task: Define marketing strategy' });
    expect(await strategyPopup.count()).toBe(0);
    await clickBar(page, /^Define marketing strategy,/);
    await strategyPopup.waitFor();

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

  it('shows the selected task\'s details under the chart, its row and bar in view, wherever the task is, and closes them from the keyboard', async () => {
    app = await openTimelineInLaptopWindow();
    const { page } = app;
    const rows = page.getByRole('treegrid', { name: 'Tasks and dates' }).getByRole('row');
    await rows.getByRole('rowheader').first().waitFor();
    const count = await rows.count();
    expect(count).toBeGreaterThan(8);
    const hidden: string[] = [];
    let checked = 0;
    // From the last row up, so that the rows near the chart's bottom edge are chosen first.
    for (let i = count - 1; i >= 0; i--) {
      const taskRow = rows.nth(i);
      // A task's row selects its bar and opens its details (a goal's row selects nothing).
      if ((await taskRow.getAttribute('aria-selected')) === null) continue;
      const title = (await taskRow.getByRole('rowheader').getAttribute('aria-label')) ?? '';
      await taskRow.click();
      const details = page.getByRole('complementary', { name: /^Selected task: / });
      await details.waitFor();
      await twoFrames(page);
      // The selected row and the selected bar, vertically, against the part of the chart shown and the details.
      const seen = await page.evaluate((header) => {
        const shown = document.querySelector('.timeline-body')?.getBoundingClientRect();
        const details = document.querySelector('.task-details')?.getBoundingClientRect();
        const row = document.querySelector('.timeline-row.is-selected')?.getBoundingClientRect();
        const bar = document.querySelector('.bar-wrapper.op-selected .bar')?.getBoundingClientRect();
        if (!shown || !details || !row || !bar) return { whole: false };
        // Below the dates' header the chart and grid keep at their top, above the details.
        const inside = (box: DOMRect) => box.top >= shown.top + header - 1 && box.bottom <= shown.bottom + 1 && box.bottom <= details.top + 1;
        return { whole: inside(row) && inside(bar) && details.top >= shown.bottom - 1 };
      }, CHART_HEADER);
      checked++;
      if (!seen.whole) hidden.push(title);
    }
    expect(checked).toBeGreaterThan(8);
    expect(hidden).toEqual([]);
    // Escape closes the details, from the grid or from the pane, and the keyboard is then on the
    // grid, whose arrows select a task again; so does Close.
    const grid = page.getByRole('treegrid', { name: 'Tasks and dates' });
    const details = page.getByRole('complementary', { name: /^Selected task: / });
    const gridHasFocus = () => grid.evaluate((element) => element === document.activeElement);
    await grid.focus();
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowDown');
    await details.waitFor();
    await details.getByRole('button', { name: 'Edit task' }).focus();
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect(await gridHasFocus()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await details.getByRole('button', { name: 'Close' }).click();
    await details.waitFor({ state: 'detached' });
    expect(await gridHasFocus()).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps the header\'s years, or months, on one line as the dates scroll', async () => {
    app = await openTimelineInLaptopWindow();
    const { page } = app;
    // The label kept at the chart's left edge (frappe-gantt's current-upper) and the others: their tops, and where the chart begins.
    const labels = () => page.evaluate(() => ({
      tops: [...document.querySelectorAll('.gantt-container .upper-text')].map((label) => label.getBoundingClientRect().top),
      stuckLeft: document.querySelector('.gantt-container .current-upper')?.getBoundingClientRect().left ?? null,
      chartLeft: document.querySelector('.gantt-container')?.getBoundingClientRect().left ?? null,
    }));
    for (const zoom of ['day', 'month']) {
      await page.getByRole('combobox', { name: 'Zoom' }).selectOption(zoom);
      await expect.poll(async () => (await labels()).tops.length).toBeGreaterThan(1);
      for (const scroll of [0, 700]) {
        await page.locator('.gantt-container').evaluate((chart, by) => { chart.scrollLeft += by; }, scroll);
        await twoFrames(page);
        const { tops, stuckLeft, chartLeft } = await labels();
        expect(Math.max(...tops) - Math.min(...tops), `${zoom}, scrolled ${scroll}`).toBeLessThan(1);
        expect(stuckLeft, `${zoom}, scrolled ${scroll}`).toBeCloseTo(chartLeft ?? -1, 0);
      }
    }
    expect(app.pageErrors).toEqual([]);
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
    // At each zoom the chart is drawn across its whole grid (no bar cut off), or fills the view
    // when narrower.
    const chartWidths = () => page.evaluate(() => {
      const svg = document.querySelector('svg.gantt') as SVGSVGElement;
      const view = svg.parentElement as HTMLElement;
      return { grid: Number(svg.querySelector('.grid .grid-row')?.getAttribute('width')), drawn: svg.getBoundingClientRect().width, view: view.clientWidth };
    });
    const dayWidths = await chartWidths();
    expect(dayWidths.grid).toBeGreaterThan(dayWidths.view);
    expect(dayWidths.drawn).toBe(dayWidths.grid);
    await page.keyboard.press('-');
    expect(await page.getByRole('combobox', { name: 'Zoom' }).inputValue()).toBe('week');
    await expect.poll(async () => (await chartWidths()).grid).toBeLessThan(dayWidths.grid);
    const weekWidths = await chartWidths();
    expect(weekWidths.drawn).toBe(Math.max(weekWidths.grid, weekWidths.view));
    await page.getByRole('combobox', { name: 'Zoom' }).selectOption('year');
    await expect.poll(async () => (await chartWidths()).grid).toBeLessThan(weekWidths.grid);
    const yearWidths = await chartWidths();
    expect(yearWidths.drawn).toBe(Math.max(yearWidths.grid, yearWidths.view));
    await page.getByRole('combobox', { name: 'Zoom' }).selectOption('day');
    await expect.poll(async () => (await chartWidths()).drawn).toBe(dayWidths.grid);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await cellTexts(page, 'Monthly summary'))[1]).toBe(start);
  });

  it('scrolls the chart from the keyboard: Tab reaches it, the arrow keys move along the dates', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    const chart = page.getByRole('region', { name: 'Gantt chart' });
    await chart.locator('.bar-wrapper.op-task').first().waitFor();
    // Reached by Tab from the task grid, as a keyboard user gets there.
    await page.getByRole('treegrid', { name: 'Tasks and dates' }).focus();
    for (let i = 0; i < 5 && !(await chart.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await chart.evaluate((el) => el === document.activeElement)).toBe(true);
    const left = () => chart.evaluate((el) => el.scrollLeft);
    const before = await left();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(left).toBeGreaterThan(before);
    expect(app.pageErrors).toEqual([]);
  });

  it('opens again at the zoom it was left at, and writes the dates of its header in the language chosen on it', async () => {
    app = await openApp();
    const { page } = app;
    const monthLabels = () => page.locator('.gantt-container .lower-text').allTextContents();
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByRole('combobox', { name: 'Zoom' }).selectOption('month');
    await expect.poll(monthLabels).toContain('Jan');
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    expect(await page.getByRole('combobox', { name: 'Zoom' }).inputValue()).toBe('month');
    await expect.poll(monthLabels).toContain('Jan');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await expect.poll(monthLabels).toContain('1月');
    expect(await monthLabels()).not.toContain('Jan');
    await page.getByRole('region', { name: '甘特条形图' }).locator('.bar-wrapper.op-task').first().waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps the day at the left edge of the chart when zooming', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    // Two milestones months apart make a long chart; the first is scrolled to the left edge.
    for (const [name, date] of [['Spring review', '2027-03-01'], ['Autumn review', '2027-09-01']]) {
      await page.getByRole('button', { name: 'Add milestone' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add milestone' });
      await dialog.getByLabel('Milestone name').fill(name as string);
      await dialog.getByLabel('Date').fill(date as string);
      await dialog.getByRole('button', { name: 'Add milestone' }).click();
      await page.getByRole('img', { name: `Milestone ${name}, ${date}` }).waitFor();
    }
    const spring = page.getByRole('img', { name: 'Milestone Spring review, 2027-03-01' });
    const inView = async () => {
      const [bar, view] = await Promise.all([spring.locator('.bar').boundingBox(), page.locator('svg.gantt').evaluate((svg) => { const r = (svg.parentElement as HTMLElement).getBoundingClientRect(); return { x: r.x, width: r.width }; })]);
      return !!bar && bar.x >= view.x && bar.x + bar.width <= view.x + view.width;
    };
    await page.locator('svg.gantt').evaluate((svg, x) => { (svg.parentElement as HTMLElement).scrollLeft = x; }, Number(await spring.locator('.bar').getAttribute('x')) - 40);
    await expect.poll(inView).toBe(true);
    const gridWidth = () => page.locator('svg.gantt .grid .grid-row').first().getAttribute('width');
    const dayWidth = await gridWidth();
    await page.getByRole('combobox', { name: 'Zoom' }).selectOption('week');
    await expect.poll(gridWidth).not.toBe(dayWidth);
    await page.waitForTimeout(100);
    expect(await inView()).toBe(true);
    await page.getByRole('combobox', { name: 'Zoom' }).selectOption('day');
    await expect.poll(gridWidth).toBe(dayWidth);
    await page.waitForTimeout(100);
    expect(await inView()).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps every other bar where it was when the plan\'s first task moves and the chart\'s first day with it', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    // A milestone three months back is the plan's first task: the chart starts a week before it.
    const kickOff = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole('button', { name: 'Add milestone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add milestone' });
    await dialog.getByLabel('Milestone name').fill('Kick-off');
    await dialog.getByLabel('Date').fill(kickOff);
    await dialog.getByRole('button', { name: 'Add milestone' }).click();
    await page.getByRole('img', { name: `Milestone Kick-off, ${kickOff}` }).waitFor();
    const strategy = page.getByRole('img', { name: /^Define marketing strategy/ }).locator('.bar');
    const screenX = async () => Math.round((await strategy.boundingBox())?.x ?? Number.NaN);
    const before = await screenX();
    await row(page, 'Kick-off').click();
    await page.getByRole('treegrid', { name: 'Tasks and dates' }).focus();
    // A day later, then two days earlier: the chart's first day moves each time, the view does not.
    const movedBy = (days: number) => new Date(Date.parse(kickOff) + days * 86_400_000).toISOString().slice(0, 10);
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByRole('img', { name: `Milestone Kick-off, ${movedBy(1)}` }).waitFor();
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await screenX()).toBe(before);
    await page.keyboard.press('Alt+ArrowLeft');
    await page.keyboard.press('Alt+ArrowLeft');
    await page.getByRole('img', { name: `Milestone Kick-off, ${movedBy(-1)}` }).waitFor();
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await screenX()).toBe(before);
    expect(app.pageErrors).toEqual([]);
  });

  it('scrolls a plan of 400 tasks: the bars follow the rows in view, and a label too long for its bar sits after it', async () => {
    app = await openApp();
    const { page } = app;
    const title = (i: number) => (i % 3 === 0 ? `Task ${i} has a title far too long for a one-day bar` : `Task ${i}`);
    const day = (i: number) => `2026-03-${String((i % 20) + 1).padStart(2, '0')}`;
    const csv = ['Summary,Start date,Due date', ...Array.from({ length: 400 }, (_, i) => `${title(i)},${day(i)},${i % 3 === 0 ? day(i) : '2026-03-28'}`)].join('\n');
    await page.getByRole('button', { name: 'Import / export' }).click();
    await page.getByLabel('Choose a file to import').setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import as a new plan' }).click();
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByRole('treegrid', { name: 'Tasks and dates' }).waitFor();

    // Far enough for the chart to have been fed a new block of rows several times.
    const body = await page.locator('.timeline-body').boundingBox();
    if (!body) throw new Error('no timeline');
    await page.mouse.move(body.x + body.width / 2, body.y + 200);
    for (let i = 0; i < 25; i++) await page.mouse.wheel(0, 240);
    await expect.poll(() => page.locator('.timeline-body').evaluate((e) => e.scrollTop)).toBeGreaterThan(5000);
    await page.waitForTimeout(300);

    // Every row in view has its bar on the same line.
    const headers = await page.getByRole('rowheader').allTextContents();
    const inView = headers.filter((h) => h.startsWith('Task ')).slice(2, 8);
    expect(inView.length).toBe(6);
    expect(Number(inView[0]?.split(' ')[1])).toBeGreaterThan(100);
    for (const name of inView) {
      const rowBox = await row(page, name).boundingBox();
      const barBox = await page.getByRole('img', { name: new RegExp(`^${name},`) }).locator('.bar').boundingBox();
      if (!rowBox || !barBox) throw new Error(`no row or bar for ${name}`);
      expect(Math.abs(rowBox.y + rowBox.height / 2 - (barBox.y + barBox.height / 2))).toBeLessThan(8);
    }
    const long = inView.find((name) => name.includes('far too long')) ?? '';
    const bar = page.getByRole('img', { name: new RegExp(`^${long},`) });
    const [barBox, labelBox] = await Promise.all([bar.locator('.bar').boundingBox(), bar.locator('.bar-label').boundingBox()]);
    expect(await bar.locator('.bar-label').getAttribute('class')).toContain('big');
    expect(labelBox!.x).toBeGreaterThanOrEqual(barBox!.x + barBox!.width);
    const short = inView.find((name) => !name.includes('far too long')) ?? '';
    const shortBar = page.getByRole('img', { name: new RegExp(`^${short},`) });
    const [shortBox, shortLabel] = await Promise.all([shortBar.locator('.bar').boundingBox(), shortBar.locator('.bar-label').boundingBox()]);
    expect(shortLabel!.x).toBeGreaterThan(shortBox!.x);
    expect(shortLabel!.x + shortLabel!.width).toBeLessThan(shortBox!.x + shortBox!.width);
    // Each bar puts one date highlight in the header; bars scrolled away take theirs along.
    const [highlights, bars] = await page.evaluate(() => [document.querySelectorAll('.date-range-highlight').length, document.querySelectorAll('.bar-wrapper').length]);
    expect(highlights).toBe(bars);
    // The chart holds the rows in view and less than a block of 8 either side, not the plan:
    // every zoom or reshaped chart draws each of its bars anew.
    expect(bars).toBeGreaterThanOrEqual(inView.length);
    expect(bars).toBeLessThanOrEqual(headers.length + 16);
    expect(app.pageErrors).toEqual([]);
  });

  it('takes a hovered bar out of the chart without an error: scrolled away within the 200 ms before its date shows', async () => {
    app = await openApp();
    const { page } = app;
    // Dated from today, where the chart opens, so the first bars are in view.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const csv = ['Summary,Start date,Due date', ...Array.from({ length: 400 }, (_, i) => `Task ${i},${day(i % 5)},${day(12)}`)].join('\n');
    await page.getByRole('button', { name: 'Import / export' }).click();
    await page.getByLabel('Choose a file to import').setInputFiles({ name: 'hover.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import as a new plan' }).click();
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByRole('treegrid', { name: 'Tasks and dates' }).waitFor();
    const first = (await page.getByRole('rowheader').filter({ hasText: /^Task \d+$/ }).first().textContent()) ?? '';
    const name = new RegExp(`^${first},`);
    const box = await page.getByRole('img', { name }).locator('.bar').boundingBox();
    if (!box) throw new Error('no bar');
    // frappe-gantt shows a hovered bar's date in the header 200 ms after the pointer enters it;
    // the wheel takes the bar out of the drawn rows before then.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 4000);
    await expect.poll(() => page.getByRole('img', { name }).count()).toBe(0);
    await page.waitForTimeout(400);
    expect(await page.getByText('Something went wrong').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('marks the critical path, the selected task and a baseline on the bars, and follows the switch, the selection and the baseline chosen', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByRole('treegrid', { name: 'Tasks and dates' }).waitFor();
    const bar = (title: string) => page.getByRole('img', { name: new RegExp(`^${title},`) });
    const classes = async (title: string) => (await bar(title).getAttribute('class'))?.split(' ') ?? [];
    // The demo plan's last task ends the project, so it is on the critical path.
    await expect.poll(() => classes('Monthly summary')).toContain('op-critical');

    await page.getByRole('checkbox', { name: 'Highlight critical path' }).uncheck();
    await expect.poll(() => page.locator('.bar-wrapper.op-critical').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Highlight critical path' }).check();
    await expect.poll(() => classes('Monthly summary')).toContain('op-critical');
    // A task with float, dragged past the project's end, becomes critical on the chart.
    expect(await classes('Improve feedback channel')).not.toContain('op-critical');
    await dragBar(page, /^Improve feedback channel,/, 10);
    await expect.poll(() => classes('Improve feedback channel')).toContain('op-critical');

    await row(page, 'Market research').click();
    await expect.poll(() => classes('Market research')).toContain('op-selected');
    await row(page, 'Monthly summary').click();
    await expect.poll(() => classes('Monthly summary')).toContain('op-selected');
    expect(await classes('Market research')).not.toContain('op-selected');

    // A saved baseline is shown at once (a shadow under each bar), hidden and shown again from the toolbar.
    const shadows = page.locator('.op-baseline-bar');
    await page.getByRole('button', { name: 'Save baseline…' }).click();
    await page.getByRole('dialog', { name: 'Save baseline…' }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => shadows.count()).toBeGreaterThan(5);
    const baselines = page.getByRole('combobox', { name: 'Baseline' });
    const saved = await baselines.inputValue();
    await baselines.selectOption({ label: 'No baseline shown' });
    await expect.poll(() => shadows.count()).toBe(0);
    await baselines.selectOption(saved);
    await expect.poll(() => shadows.count()).toBeGreaterThan(5);
    // Every heading of the task grid, the baseline's slip among them, is read whole in a laptop's
    // window (not "Flo…").
    await page.setViewportSize({ width: 1280, height: 720 });
    const headings = page.getByRole('treegrid', { name: 'Tasks and dates' }).getByRole('columnheader');
    expect(await headings.allTextContents()).toEqual(['Title', 'Owner', 'Start date', 'End', 'Days', 'Float', 'Slip (days)']);
    expect(await headings.evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent))).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
