import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp, type AppBrowser } from './browser';

let app: AppBrowser | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+ cards?\\)$`) });

async function dragWithMouse(page: Page, source: Locator, target: Locator) {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('drag source or target is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  // Several steps: dnd-kit starts a drag after 5 px and measures on the way.
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 60), { steps: 12 });
  await page.mouse.up();
}

async function createPlan(page: Page, name: string) {
  await page.getByRole('button', { name: 'New plan', exact: true }).click();
  await page.getByLabel('Plan name').fill(name);
  await page.getByRole('button', { name: 'Create plan', exact: true }).click();
  await expect.poll(() => page.getByRole('combobox', { name: 'Current plan' }).inputValue()).not.toBe('');
}

async function addCard(page: Page, columnName: string, title: string) {
  await page.getByRole('textbox', { name: `New card in ${columnName}` }).fill(title);
  await page.keyboard.press('Enter');
}

/** A fresh browser on a new empty plan. */
async function openOnNewPlan(name: string): Promise<AppBrowser> {
  const opened = await openApp();
  try {
    await createPlan(opened.page, name);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

/** The header's words in each language, for the controls of its two rows. */
const HEADER = {
  en: { plan: 'Current plan', newPlan: 'New plan', exchange: 'Import / export', saved: 'All changes saved', views: 'Views', undo: 'Undo', redo: 'Redo', language: 'Language' },
  zh: { plan: '当前计划', newPlan: '新建计划', exchange: '导入 / 导出', saved: '所有更改已保存', views: '视图', undo: '撤销', redo: '重做', language: '语言' },
};

/**
 * The header in two rows at this width: the plan's controls and the save status on the first,
 * the views, undo/redo and the language on the second, each inside the window.
 */
async function expectHeaderInTwoRows(page: Page, width: number, words: (typeof HEADER)['en']) {
  await page.setViewportSize({ width, height: 720 });
  const header = page.getByRole('banner');
  const firstRow = [header.getByRole('combobox', { name: words.plan }), header.getByRole('button', { name: words.newPlan, exact: true }), header.getByRole('button', { name: words.exchange, exact: true })];
  const status = header.getByRole('status').filter({ hasText: words.saved });
  const secondRow = [...(await header.getByRole('navigation', { name: words.views }).getByRole('button').all()), header.getByRole('button', { name: words.undo, exact: true }), header.getByRole('button', { name: words.redo, exact: true }), header.getByRole('combobox', { name: words.language })];
  expect(secondRow).toHaveLength(10);
  const boxes = async (controls: Locator[]) => Promise.all(controls.map(async (control) => (await control.boundingBox()) ?? { x: -1, y: -1, width: 0, height: 0 }));
  const [top, bottom, [saved]] = [await boxes(firstRow), await boxes(secondRow), await boxes([status])];
  const where = `at ${width} px`;
  for (const box of [...top, saved!, ...bottom]) {
    expect(box.x, where).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, where).toBeLessThanOrEqual(width);
  }
  // A row: every control's vertical middle within a few pixels of the others'; the second below the first.
  const middles = (row: { y: number; height: number }[]) => row.map((box) => box.y + box.height / 2);
  for (const row of [top, bottom]) expect(Math.max(...middles(row)) - Math.min(...middles(row)), where).toBeLessThan(8);
  // The save status (small print, which can wrap with the storage state's onto two lines) on the first row: its middle within the row's controls' height.
  const firstTop = Math.min(...top.map((box) => box.y));
  const firstBottom = Math.max(...top.map((box) => box.y + box.height));
  const [savedMiddle] = middles([saved!]);
  expect(savedMiddle, where).toBeGreaterThanOrEqual(firstTop);
  expect(savedMiddle, where).toBeLessThanOrEqual(firstBottom);
  expect(Math.min(...bottom.map((box) => box.y)), where).toBeGreaterThanOrEqual(saved!.y + saved!.height);
  expect(Math.min(...bottom.map((box) => box.y)), where).toBeGreaterThanOrEqual(firstBottom);
  const headerBox = await header.boundingBox();
  expect(headerBox?.height, where).toBeLessThan(96);
}

describe('the board in Chromium', () => {
  it('opens on the demo plan the first time', async () => {
    app = await openApp();
    const { page } = app;
    await expect.poll(() => page.getByRole('combobox', { name: 'Current plan' }).locator('option:checked').textContent()).toBe('Monthly operations plan');
    await page.getByRole('button', { name: 'Market research', exact: true }).waitFor();
    expect(await column(page, 'Done').getByRole('button', { name: 'Market research', exact: true }).count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });

  it('creates a plan, adds a card, drags it by mouse and keyboard, edits, undoes, and keeps it all after a reload', async () => {
    app = await openOnNewPlan('Q1 user growth');
    const { page } = app;
    await addCard(page, 'To do', 'Plan the spring campaign');
    const card = page.getByRole('article', { name: 'Plan the spring campaign', exact: true });
    await card.waitFor();

    await dragWithMouse(page, card, column(page, 'In progress'));
    await column(page, 'In progress').getByRole('button', { name: 'Plan the spring campaign', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Move card: Plan the spring campaign', exact: true }).focus();
    // Each step waits for what a screen-reader user hears before pressing the next key.
    const liveRegion = page.locator('[aria-live="assertive"]');
    await page.keyboard.press('Space');
    await liveRegion.getByText('Card Plan the spring campaign is over In progress.').waitFor();
    await page.keyboard.press('ArrowRight');
    await liveRegion.getByText('Card Plan the spring campaign is over Review.').waitFor();
    await page.keyboard.press('Space');
    await liveRegion.getByText('Card Plan the spring campaign was dropped in Review.').waitFor();
    await column(page, 'Review').getByRole('button', { name: 'Plan the spring campaign', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Plan the spring campaign', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task: Plan the spring campaign' });
    await dialog.getByLabel('Title').fill('Plan the spring campaign v2');
    await dialog.getByLabel('Priority').selectOption({ label: 'Urgent' });
    await dialog.getByLabel('Due date').fill('2030-03-01');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Plan the spring campaign v2', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('button', { name: 'Plan the spring campaign', exact: true }).waitFor();
    await page.keyboard.press('Control+Shift+Z');
    await page.getByRole('button', { name: 'Plan the spring campaign v2', exact: true }).waitFor();

    app = await app.reopen();
    const reloaded = app.page;
    await reloaded.getByRole('button', { name: 'Plan the spring campaign v2', exact: true }).waitFor();
    expect(await reloaded.getByRole('combobox', { name: 'Current plan' }).locator('option:checked').textContent()).toBe('Q1 user growth');
    const kept = column(reloaded, 'Review').getByRole('article', { name: 'Plan the spring campaign v2' });
    expect(await kept.getByText('Urgent').count()).toBe(1);
    expect(await kept.locator('time').getAttribute('datetime')).toBe('2030-03-01');
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps an arrow pressed right after lifting a card, even while the page is busy', async () => {
    app = await openOnNewPlan('Busy board');
    const { page } = app;
    await addCard(page, 'To do', 'Book the venue');
    await page.getByRole('button', { name: 'Move card: Book the venue', exact: true }).focus();
    // A busy page: the task after the lifting key runs for 300 ms, so the arrow below arrives
    // while it runs — before any timer the lift set. Chromium then handles the input first.
    await page.evaluate(() => window.addEventListener('keydown', (event) => {
      if (event.code !== 'Space') return;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now() + 300;
        while (performance.now() < end) { /* busy */ }
      };
      channel.port2.postMessage(null);
    }, { capture: true, once: true }));
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    const live = page.locator('[aria-live="assertive"]');
    await live.getByText('Card Book the venue is over In progress.').waitFor();
    await page.keyboard.press('Space');
    await live.getByText('Card Book the venue was dropped in In progress.').waitFor();
    await column(page, 'In progress').getByRole('button', { name: 'Book the venue', exact: true }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('moves a card up and down within its column from the keyboard, never into a neighbouring one', async () => {
    app = await openOnNewPlan('Keyboard order');
    const { page } = app;
    await addCard(page, 'To do', 'First in line');
    await addCard(page, 'To do', 'Second in line');
    for (const title of ['Doing one', 'Doing two', 'Doing three']) await addCard(page, 'In progress', title);
    const titlesIn = (name: string) => column(page, name).getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));
    await expect.poll(async () => (await titlesIn('In progress')).length).toBe(3);
    const doing = await titlesIn('In progress');
    const [top, bottom] = (await titlesIn('To do')) as [string, string];
    const live = page.locator('[aria-live="assertive"]');

    // Down from the last card of To do: nothing lower in To do, so the card stays (the cards
    // of In progress sit lower on screen, and used to catch it).
    await page.getByRole('button', { name: `Move card: ${bottom}`, exact: true }).focus();
    await page.keyboard.press('Space');
    await live.getByText(`Card ${bottom} is over To do.`).waitFor();
    await page.keyboard.press('ArrowDown');
    // Proving that nothing happens takes a wait: a move is announced within a frame or two.
    await page.waitForTimeout(500);
    expect(await live.textContent()).toBe(`Card ${bottom} is over To do. Place 2 of 2.`);
    await page.keyboard.press('Space');
    await live.getByText(`Card ${bottom} was dropped in To do.`).waitFor();
    expect(await titlesIn('To do')).toEqual([top, bottom]);
    expect(await titlesIn('In progress')).toEqual(doing);

    // Down from the first card: it takes the next place in the same column.
    await page.getByRole('button', { name: `Move card: ${top}`, exact: true }).focus();
    await page.keyboard.press('Space');
    await live.getByText(`Card ${top} is over To do.`).waitFor();
    await page.keyboard.press('ArrowDown');
    // The announcement names the column only, so wait for what a sighted user sees: the card
    // below moving up to make room. (Every card of a drag carries a transform, a zero one until
    // it moves, so "has a transform" proves nothing — that made this test flaky.)
    const makingRoom = column(page, 'To do').getByRole('article', { name: bottom, exact: true });
    await expect.poll(() => makingRoom.evaluate((card) => new DOMMatrixReadOnly(getComputedStyle(card).transform).m42)).toBeLessThan(0);
    await page.keyboard.press('Space');
    await live.getByText(`Card ${top} was dropped in To do.`).waitFor();
    await expect.poll(() => titlesIn('To do')).toEqual([bottom, top]);
    expect(await titlesIn('In progress')).toEqual(doing);
    expect(app.pageErrors).toEqual([]);
  });

  it('moves a card forty places down a long column from the keyboard, past the cards on screen', async () => {
    app = await openApp();
    const { page } = app;
    // Only the cards in view are mounted; the lifted one must stay so, with the focus, as the list scrolls.
    const rows = Array.from({ length: 80 }, (_, i) => `"Long ${i + 1}",2026-03-02,To do`);
    await page.getByRole('button', { name: 'Import / export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import and export' });
    await dialog.getByLabel('Choose a file to import').setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(['Summary,Start date,Status', ...rows].join('\n')) });
    const preview = dialog.getByRole('region', { name: 'Import preview' });
    await preview.getByText('CSV: 80 tasks').waitFor();
    await preview.getByLabel('Plan name').fill('Long column');
    await preview.getByRole('button', { name: 'Import as a new plan' }).click();
    const toDo = page.getByRole('region', { name: 'To do (80 cards)' });
    const first = toDo.getByRole('article').first();
    const title = (await first.getAttribute('aria-label')) as string;
    const placeOf = () => toDo.locator('li', { has: page.getByRole('article', { name: title, exact: true }) }).getAttribute('aria-posinset');
    expect(await placeOf()).toBe('1');

    const live = page.locator('[aria-live="assertive"]');
    await page.getByRole('button', { name: `Move card: ${title}`, exact: true }).focus();
    await page.keyboard.press('Space');
    await live.getByText(`Card ${title} is over To do.`).waitFor();
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press('ArrowDown');
      // About as fast as a held-down key repeats: no step may be lost while the list scrolls.
      await page.waitForTimeout(40);
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move card: ${title}`);
    // Screen reader users hear where they are, not only the column's name.
    await live.getByText(`Card ${title} is over To do. Place 41 of 80.`, { exact: true }).waitFor();
    await page.keyboard.press('Space');
    await live.getByText(`Card ${title} was dropped in To do. Place 41 of 80.`, { exact: true }).waitFor();
    await expect.poll(placeOf).toBe('41');
    expect(app.pageErrors).toEqual([]);
  });

  it('lays swimlanes out one under another and moves a card to another owner by dropping it in their lane', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption({ label: 'Swimlanes by owner' });
    const liNaToDo = column(page, 'To do, Li Na');
    await expect.poll(() => liNaToDo.getByRole('article').count()).toBe(4);
    // Each lane's title sits below every cell of the lane before it: Li Na's four cards to do
    // make her lane taller than one card.
    const overlaps = await page.evaluate(() => {
      const titles = [...document.querySelectorAll('h3')].filter((h) => h.textContent?.startsWith('Lane: '));
      const cells = [...document.querySelectorAll('[role="region"][aria-label*=", "]')];
      return titles.slice(1).flatMap((title, i) => {
        const lane = titles[i]!.textContent!.slice('Lane: '.length);
        const titleTop = title.getBoundingClientRect().top;
        return cells.filter((cell) => cell.getAttribute('aria-label')!.includes(`, ${lane} (`) && cell.getBoundingClientRect().bottom > titleTop).map((cell) => `${cell.getAttribute('aria-label')} runs under ${title.textContent}`);
      });
    });
    expect(overlaps).toEqual([]);
    expect(await liNaToDo.evaluate((cell) => cell.getBoundingClientRect().height)).toBeGreaterThan(250);

    const card = liNaToDo.getByRole('article', { name: 'Run ad campaign', exact: true });
    const wangLeiToDo = column(page, 'To do, Wang Lei');
    await wangLeiToDo.scrollIntoViewIfNeeded();
    await card.scrollIntoViewIfNeeded();
    await dragWithMouse(page, card, wangLeiToDo);
    await wangLeiToDo.getByRole('article', { name: 'Run ad campaign', exact: true }).waitFor();
    await expect.poll(() => liNaToDo.getByRole('article').count()).toBe(3);
    expect(await wangLeiToDo.getByRole('article', { name: 'Run ad campaign', exact: true }).textContent()).toContain('Wang Lei');
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps the task editor\'s Save in view in a laptop\'s window, and every field reached by Tab clear of it', async () => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Plan online campaign', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task: Plan online campaign' });
    const save = dialog.getByRole('button', { name: 'Save', exact: true });
    const footer = save.locator('xpath=..');
    const saveInView = () => save.evaluate((button) => {
      const box = button.getBoundingClientRect();
      const view = button.closest('[role="dialog"]')!.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    });
    expect(await saveInView()).toBe(true);
    // Tab from the title through every field of the form to the footer's first button.
    await dialog.getByLabel('Title', { exact: true }).focus();
    const hidden: string[] = [];
    let fields = 0;
    for (; fields < 60; fields++) {
      await page.keyboard.press('Tab');
      const focused = await footer.evaluate((footerElement) => {
        const element = document.activeElement!;
        if (footerElement.contains(element)) return null;
        const name = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.outerHTML.slice(0, 60);
        // Wholly inside the dialog's visible part, and not under the footer.
        const box = element.getBoundingClientRect();
        const view = element.closest('[role="dialog"]')!.getBoundingClientRect();
        return { name, clear: box.top >= view.top && box.bottom <= footerElement.getBoundingClientRect().top + 1 };
      });
      if (!focused) break;
      if (!focused.clear) hidden.push(focused.name);
    }
    expect(fields).toBeGreaterThan(15);
    expect(hidden).toEqual([]);
    expect(await saveInView()).toBe(true);
    await dialog.getByLabel('Title', { exact: true }).fill('Plan the online campaign');
    await save.click();
    await page.getByRole('button', { name: 'Plan the online campaign', exact: true }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('has the keyboard in a dialog from the moment it shows, even when its code came after the click', async () => {
    app = await openApp();
    const { page } = app;
    // The column's dialog loads on first use; held back a little, it is drawn after the click's own update.
    await page.route(/column-settings-dialog-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    // Where the keyboard is at the instant the dialog enters the page, as a key pressed then would find it.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const dialog = document.querySelector('[role="dialog"]');
        if (!dialog) return;
        (window as unknown as { focusInDialogOnArrival: boolean }).focusInDialogOnArrival = dialog.contains(document.activeElement);
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Column options for To do' }).click();
    await page.getByRole('menuitem', { name: 'Rename and limit…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Column “To do”' });
    await dialog.waitFor();
    expect(await page.evaluate(() => (window as unknown as { focusInDialogOnArrival?: boolean }).focusInDialogOnArrival)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 2000 });
    expect(app.pageErrors).toEqual([]);
  });

  it('puts a column\'s settings dialog over the whole board, the other columns\' headers under its backdrop', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Column options for To do' }).click();
    await page.getByRole('menuitem', { name: 'Rename and limit…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Column “To do”' });
    await dialog.waitFor();
    // What is drawn on top at the centre of each column's quick-add field and at each corner of
    // the dialog: the backdrop and the dialog, not a column header.
    const points: [number, number][] = [];
    for (const field of await page.getByRole('textbox', { name: /^New card in / }).all()) {
      const box = (await field.boundingBox())!;
      points.push([box.x + box.width / 2, box.y + box.height / 2]);
    }
    const panel = (await dialog.boundingBox())!;
    points.push([panel.x + 4, panel.y + 4], [panel.x + panel.width - 4, panel.y + 4], [panel.x + 4, panel.y + panel.height - 4], [panel.x + panel.width - 4, panel.y + panel.height - 4]);
    const drawn = await page.evaluate((at) => at.map(([x, y]) => {
      const element = document.elementFromPoint(x, y);
      return element?.closest('[role="dialog"]') ? 'dialog' : element?.classList.contains('dialog-backdrop') ? 'backdrop' : element?.outerHTML.slice(0, 80) ?? 'nothing';
    }), points);
    const onTop = { fields: drawn.slice(0, -4), corners: drawn.slice(-4) };
    expect(onTop.fields).toEqual(['backdrop', 'backdrop', 'backdrop', 'backdrop']);
    expect(onTop.corners).toEqual(['dialog', 'dialog', 'dialog', 'dialog']);
    await dialog.getByLabel('WIP limit').fill('9');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByLabel('6 cards, WIP limit 9').waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('lays the header out in two rows from 1024 px up, in English and in Chinese, with a long plan name', async () => {
    app = await openApp();
    const { page } = app;
    await createPlan(page, 'East China operations, promotion and customer success programme for the fourth quarter');
    for (const width of [1440, 1280, 1024]) await expectHeaderInTwoRows(page, width, HEADER.en);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('button', { name: '看板', exact: true }).waitFor();
    for (const width of [1440, 1280, 1024]) await expectHeaderInTwoRows(page, width, HEADER.zh);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a hostile title as text and runs nothing', async () => {
    app = await openApp();
    const { page } = app;
    const payload = '<img src=x onerror="window.__pwned=1;alert(1)">';
    await page.getByRole('textbox', { name: 'New card in To do' }).fill(payload);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: payload, exact: true }).click();
    await page.getByRole('dialog', { name: `Edit task: ${payload}` }).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(app.pageErrors).toEqual([]);
  });

  it('switches language and remembers it', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('button', { name: '看板', exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    app = await app.reopen();
    await app.page.getByRole('button', { name: '新建计划', exact: true }).waitFor();
    expect(await app.page.getByRole('heading', { name: '进行中', exact: true }).count()).toBe(0);
    // Screen readers pick their voice from the page's language.
    expect(await app.page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('opens in Chinese for a Chinese browser, with the demo plan in Chinese', async () => {
    app = await openApp('zh-CN');
    const { page } = app;
    await page.getByRole('button', { name: '市场调研', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: '进行中', exact: true }).count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('shows a change made in one tab in another open tab', async () => {
    app = await openApp();
    const other = await app.context.newPage();
    await other.goto(app.page.url());
    await other.getByRole('button', { name: 'Market research', exact: true }).waitFor();
    await app.page.getByRole('textbox', { name: 'New card in To do' }).fill('Made in tab one');
    await app.page.keyboard.press('Enter');
    await other.getByRole('button', { name: 'Made in tab one', exact: true }).waitFor({ timeout: 2000 });
  });
});
