import Dexie, { type Table } from 'dexie';
import type { Entities, TableName } from '../domain/entities';
import { SCHEMA_V1 } from './migrations/v1-initial';
import { SCHEMA_V2, upgradeToV2 } from './migrations/v2-scheduling';
import { SCHEMA_V3, upgradeToV3 } from './migrations/v3-operations';

export const DATABASE_NAME = 'opsplan';

export type MetaRow = { key: string; value: unknown };

type EntityTables = { [T in TableName]: Table<Entities[T], string> };

export type OpsDatabase = Dexie & EntityTables & { meta: Table<MetaRow, string> };

/** Opens the workspace database with every schema version the app knows, oldest first. */
export function openOpsDatabase(name: string = DATABASE_NAME): OpsDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as OpsDatabase;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  return db;
}
