import type { Root } from 'react-dom/client';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { localIsoDate } from '../domain/dates';
import { fitsItsSchema } from '../domain/record-schemas';
import { createIdFactory } from '../domain/ids';
import type { OpsDatabase } from '../db/ops-database';
import { currentLanguage, setupI18n } from '../i18n/setup-i18n';
import { afterNextPaint } from '../persistence/after-next-paint';
import { idlePeriod } from '../persistence/idle-period';
import { demoSeed, hydrateFromRecords, hydrateStore, needsSeeding, recordsCreatedBy, storeSeedWhenOpen } from '../persistence/hydrate';
import { startTabSync } from '../persistence/tab-sync';
import { createSyncUpdateLog } from '../persistence/sync-update-log';
import { startWriteBehind } from '../persistence/write-behind';
import { startSnapshotKeeper } from '../persistence/snapshot-keeper';
import { recordWrites, snapshotWrites } from '../persistence/record-writes-code';
import { installOpsStore } from '../store/bound-store';
import { createOpsStore } from '../store/create-ops-store';
import { AppErrorBoundary } from './app-error-boundary';
import { AppShell } from './app-shell';
import { startCopyingTablesAhead } from './copy-tables-ahead';
import { takeFirstRead } from './first-read';
import { rememberActivePlan, recalledActivePlan } from './active-plan-memory';
import { reportUnexpectedErrors } from './unexpected-errors';
import { requestPersistentStorage } from './storage-persistence';
import { followViewInAddress } from './view-address';
import { preloadView } from './lazy-views';
import { preloadDialogs } from './lazy-dialogs';
import { randomHex } from './random-hex';
import { firstScreenSettled } from './first-screen-settled';
import { whenDatabaseWanted } from './when-database-wanted';

/** When the page has nothing better to do (within 2 s). */
const whenIdle = () => idlePeriod({ timeoutMs: 2000, fallbackMs: 200 });

/** The composition root: one store, its subscribers, then the interface. */
export async function bootstrap(root: Root): Promise<void> {
  // The workspace is being read since before this code was evaluated (see first-read.ts): the
  // browser reads its files while this thread sets up the language and draws the frame. It is
  // read without Dexie, which loads once the plans are on screen and settled, or at the first
  // change to save (see readWorkspaceDirectly and whenDatabaseWanted).
  const firstRead = takeFirstRead();
  const i18n = await setupI18n();
  const store = createOpsStore({ newId: createIdFactory(randomHex), now: () => new Date().toISOString(), today: localIsoDate(new Date()) });
  installOpsStore(store);
  // The view in the address is known before the plans are: its code loads while they do, and
  // the first render after loading is that view, not the board.
  followViewInAddress(store);
  void preloadView(store.getState().ui.view);
  const render = () =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <AppErrorBoundary>
            <AppShell />
          </AppErrorBoundary>
        </I18nextProvider>
      </StrictMode>,
    );
  render();

  reportUnexpectedErrors(store);

  // Start-up's background work waits until the plans are on screen and settled (see SETTLE_MS).
  let settling: Promise<void> | undefined;
  const settled = () => (settling ??= firstScreenSettled());
  let database: Promise<OpsDatabase>;
  // The revision the plans in memory were read at, and whether they came from a current snapshot.
  let start: { revision: number; current: boolean };
  try {
    const first = await firstRead;
    if (first.kind === 'read' && !needsSeeding(first.read)) {
      hydrateFromRecords(store, first.read.records, recalledActivePlan(), first.validated);
      // Checked again all the same, in idle time once they are on screen and settled (code the first screen does not carry).
      if (first.validated) void settled().then(() => import('../persistence/verify-when-idle')).then((m) => m.verifyWhenIdle(store, first.read.records, fitsItsSchema));
      database = whenDatabaseWanted(store, settled()).then(openDatabase);
      // A snapshot written under other rules is written again under these, so the next start need not validate.
      start = { revision: first.read.revision, current: first.fromSnapshot && first.validated };
    } else if (first.kind === 'none') {
      // A first visit: the demo plan shows at once and is stored once Dexie is in, before any
      // change. Dexie comes right after the paint here, not once settled: a second tab opened in
      // the meantime would find nothing stored and show a demo plan of its own.
      const seed = demoSeed(store, currentLanguage(i18n));
      hydrateFromRecords(store, recordsCreatedBy(seed), null);
      database = storeSeedWhenOpen(store, seed, afterNextPaint().then(openDatabase));
      // Storing the demo plan is the new database's first write. Were it not (another tab's came
      // first), the snapshot keeper finds another revision when it checks, and takes none.
      start = { revision: 1, current: false };
    } else {
      // An older schema to upgrade, a newer one to refuse, or a database emptied before its demo plan was stored.
      database = openDatabase();
      const read = await hydrateStore(store, await database, currentLanguage(i18n), recalledActivePlan());
      start = { revision: read.revision, current: false };
    }
    // The plans are on screen but cannot be saved: say so (each change is then taken back).
    database.catch((error: unknown) => store.notify(openFailure(error, 'error.saveFailed')));
  } catch (error) {
    store.setState((s) => ({ ui: { ...s.ui, hydrated: true } }));
    store.notify(openFailure(error, 'error.loadFailed'));
    return;
  } finally {
    // What the first screen does not need comes once the plans are on screen (or failed to load)
    // and settled: the space the site uses and whether the browser keeps it, the service worker's
    // code (built app only; dev mode serves files fresh), then the dialogs' code, one per idle period.
    void settled().then(() => requestPersistentStorage(store));
    if (import.meta.env.PROD) void settled().then(() => import('./service-worker')).then((m) => m.startServiceWorker(store));
    void preloadDialogs(() => settled().then(whenIdle));
  }
  const syncLog = createSyncUpdateLog(database);
  // The next start reads a snapshot instead of every table (see SNAPSHOT_KEY).
  const snapshots = startSnapshotKeeper(store, database, start);
  startWriteBehind(store, database, syncLog, snapshots.wrote);
  startTabSync(store);
  startCopyingTablesAhead(store);
  // A database that would not open was reported above; sync has nothing to start on then. Its
  // code comes with the database, after the first screen (the share dialogs import it too).
  void database.then((db) => import('./sync-service').then((m) => m.startSyncService(store, db, syncLog)), () => undefined).catch((error: unknown) =>
    store.notify({ kind: 'error', key: 'sync.error.startFailed', detail: error instanceof Error ? error.message : String(error) }),
  );
  store.subscribe((state, previous) => {
    if (state.ui.activePlanId !== previous.ui.activePlanId) rememberActivePlan(state.ui.activePlanId);
  });
  // Days change while a laptop stays open: keep "today" (overdue, due soon) true.
  setInterval(() => {
    const today = localIsoDate(new Date());
    if (store.getState().ui.today !== today) store.setState((s) => ({ ui: { ...s.ui, today } }));
  }, 60_000);
}

/**
 * Dexie and the database opened with it: code the first screen does not carry. Refuses a
 * database a newer build upgraded; when another tab upgrades it later, this tab's code is stale,
 * so it reloads rather than write old-shaped rows (Dexie would otherwise reopen silently).
 */
async function openDatabase(): Promise<OpsDatabase> {
  // The code that writes it comes with it, so the first save does not wait for another fetch.
  const [{ openCurrentDatabase, openOpsDatabase }] = await Promise.all([import('../db/ops-database'), recordWrites(), snapshotWrites()]);
  const db = openOpsDatabase();
  db.on('versionchange', () => {
    db.close();
    location.reload();
    return false;
  });
  await openCurrentDatabase(db);
  return db;
}

/**
 * The notice for a database that would not open. When a newer build in another tab upgraded it,
 * this build must not touch it, and the notice offers the reload that fixes it.
 */
function openFailure(error: unknown, key: 'error.loadFailed' | 'error.saveFailed') {
  const newer = error instanceof Error && (error.name === 'VersionError' || (error as { inner?: { name?: string } }).inner?.name === 'VersionError');
  return { kind: 'error' as const, key: newer ? 'error.newerVersion' : key, detail: error instanceof Error ? error.message : String(error), ...(newer ? { action: 'reload' as const } : {}) };
}
