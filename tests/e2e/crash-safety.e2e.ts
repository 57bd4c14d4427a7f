import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, CHROMIUM_ARGS, openApp } from './browser';

const TASKS = 10_000;

/** Chromium started by hand, so the test holds its process and can kill it like a crash or a power cut. */
async function launchKillable(profile: string): Promise<{ page: Page; process: ChildProcess }> {
  const child = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) resolve(match[1] as string);
    });
    child.on('exit', () => reject(new Error(`chromium exited: ${seen.slice(-500)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  return { page, process: child };
}

function bigCsv(): string {
  const rows = Array.from({ length: TASKS }, (_, i) => [`Imported task ${i + 1}`, `2026-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`, 'To do']);
  return Papa.unparse({ fields: ['Summary', 'Start date', 'Status'], data: rows });
}

/**
 * Tasks per plan name, read straight from IndexedDB's tables after the restart, once the
 * reopened app has written what the write journal held into them (null while it holds something).
 */
async function storedCounts(page: Page): Promise<Record<string, number> | null> {
  return page.evaluate(() => new Promise<Record<string, number> | null>((resolve, reject) => {
    const request = indexedDB.open('opsplan');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['plans', 'tasks', 'meta'], 'readonly');
      const plans = tx.objectStore('plans').getAll();
      const tasks = tx.objectStore('tasks').getAll();
      const journal = tx.objectStore('meta').count(IDBKeyRange.bound('journal:', 'journal:\uffff'));
      tx.oncomplete = () => {
        if (journal.result > 0) {
          db.close();
          resolve(null);
          return;
        }
        const names = new Map((plans.result as { id: string; name: string }[]).map((p) => [p.id, p.name]));
        const counts: Record<string, number> = Object.fromEntries([...names.values()].map((n) => [n, 0]));
        for (const task of tasks.result as { planId: string }[]) {
          const name = names.get(task.planId) ?? `orphan:${task.planId}`;
          counts[name] = (counts[name] ?? 0) + 1;
        }
        db.close();
        resolve(counts);
      };
    };
  }));
}

describe('crash safety in Chromium', () => {
  // 'after it saved' is the control: the same kill once the header says saved keeps all of it.
  for (const moment of ['while it is saving', 'right after the click', 'after it saved'] as const) {
    it(`killing the browser ${moment} during a ${TASKS}-task import leaves all of it or none of it`, async () => {
      const profile = mkdtempSync(join(tmpdir(), 'opsplan-crash-'));
      const { page, process: browser } = await launchKillable(profile);
      await page.getByRole('button', { name: 'Import / export' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import and export' });
      await dialog.getByLabel('Choose a file to import').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv()) });
      const preview = dialog.getByRole('region', { name: 'Import preview' });
      await preview.getByText(`CSV: ${TASKS} tasks`).waitFor();
      await preview.getByLabel('Plan name').fill('Big import');
      await preview.getByRole('button', { name: 'Import as a new plan' }).click({ noWaitAfter: true });
      if (moment === 'while it is saving') await page.locator('.save-status.save-saving').waitFor({ timeout: 10_000 });
      if (moment === 'after it saved') await page.locator('.save-status.save-saved').waitFor({ timeout: 30_000 });
      process.kill(-(browser.pid as number), 'SIGKILL');
      await new Promise((resolve) => browser.once('exit', resolve));

      const reopened = await openApp('en-US', profile);
      try {
        // A kill after the import was saved can leave it in the journal: the app writes it into the tables at start.
        await expect.poll(() => storedCounts(reopened.page), { timeout: 30_000 }).not.toBeNull();
        const counts = (await storedCounts(reopened.page))!;
        expect(Object.keys(counts).some((name) => name.startsWith('orphan:'))).toBe(false);
        expect(counts['Monthly operations plan']).toBe(11);
        expect(moment === 'after it saved' ? [TASKS] : [0, TASKS]).toContain(counts['Big import'] ?? 0);
        expect(reopened.pageErrors).toEqual([]);
      } finally {
        await reopened.close();
        rmSync(profile, { recursive: true, force: true });
      }
    });
  }
});
