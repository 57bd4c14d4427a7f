import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const APP_URL = 'http://127.0.0.1:4179/';

// Debian's Chromium: Playwright cannot download its own browser on this network.
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export type AppBrowser = { context: BrowserContext; page: Page; pageErrors: string[]; close: () => Promise<void>; reopen: () => Promise<AppBrowser> };

/**
 * A browser with its own persistent profile, so a test can close it, start it again and find
 * what IndexedDB kept — a real reload, as a person would do it.
 */
/** Debian's Chromium on a persistent profile, as every test opens it. */
export function launchChromium(profile: string, locale = 'en-US', bypassCSP = false): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    locale,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    bypassCSP,
  });
}

export async function openApp(locale = 'en-US', profile = mkdtempSync(join(tmpdir(), 'opsplan-e2e-')), options: { bypassCSP?: boolean; initScript?: string; /** The browser's clock stands still at 10:00 on this day. */ today?: string; /** Set up before the page opens (routes, say). */ prepare?: (context: BrowserContext) => Promise<unknown> } = {}): Promise<AppBrowser> {
  const context = await launchChromium(profile, locale, options.bypassCSP);
  if (options.initScript) await context.addInitScript(options.initScript);
  await options.prepare?.(context);
  // The demo plan is dated around the day it is created: a test that reads its facts (what slipped
  // this week) fixes the day, or its answer would change with the weekday the suite runs on.
  if (options.today) await context.clock.setFixedTime(new Date(`${options.today}T10:00:00`));
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    pageErrors.push(`unexpected dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(APP_URL);
  await page.getByRole('button', { name: /Undo|撤销/ }).waitFor();
  // Loaded means the workspace is read (and, on a first visit, the demo plan stored), not just the header drawn.
  await page.locator('main[aria-busy="false"]').waitFor();
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    reopen: async () => {
      // As a person would: wait until the header says everything is saved, then quit.
      await page.locator('.save-status.save-saved').waitFor();
      await context.close();
      return openApp(locale, profile, options);
    },
  };
}
