import Dexie, { type Table } from 'dexie';
import type { Entities, TableName } from '../domain/entities';
import { SCHEMA_V1 } from './migrations/v1-initial';
import { SCHEMA_V2, upgradeToV2 } from './migrations/v2-scheduling';
import { SCHEMA_V3, upgradeToV3 } from './migrations/v3-operations';
import { SCHEMA_V4 } from './migrations/v4-sync';
import { SCHEMA_V5 } from './migrations/v5-lean-indexes';
import { DATABASE_NAME, INDEXEDDB_VERSIONS_PER_SCHEMA, LATEST_SCHEMA_VERSION } from './schema-version';

export { DATABASE_NAME, LATEST_SCHEMA_VERSION };

export type MetaRow = { key: string; value: unknown };
/** One Yjs update of a shared plan's document; `seq` keeps them in the order they were made. */
export type SyncUpdateRow = { seq?: number; planId: string; update: Uint8Array };

type EntityTables = { [T in TableName]: Table<Entities[T], string> };

export type OpsDatabase = Dexie & EntityTables & { meta: Table<MetaRow, string>; syncUpdates: Table<SyncUpdateRow, number> };

/**
 * Opens the workspace database with every schema version the app knows, oldest first. An upgrade
 * that rewrites records must rewrite the write journal's too (see JOURNAL_PREFIX, journal-keys.ts): version 5
 * databases may hold records there that are not yet in their rows.
 */
export function openOpsDatabase(name: string = DATABASE_NAME): OpsDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as OpsDatabase;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  db.version(4).stores(SCHEMA_V4);
  db.version(5).stores(SCHEMA_V5);
  return db;
}

/**
 * Opens the database, refusing one a newer build has upgraded: Dexie would open it anyway, and
 * this build would then write rows in an old shape.
 */
export async function openCurrentDatabase(db: OpsDatabase): Promise<void> {
  await db.open();
  // verno stays at what this build declares; the installed version is IndexedDB's.
  const installed = db.backendDB().version / INDEXEDDB_VERSIONS_PER_SCHEMA;
  if (installed > LATEST_SCHEMA_VERSION) {
    db.close();
    throw Object.assign(new Error(`database version ${installed} is newer than ${LATEST_SCHEMA_VERSION}`), { name: 'VersionError' });
  }
}
