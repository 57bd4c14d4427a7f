// Apart from ops-database.ts, which imports Dexie: the first screen reads without it.
export const DATABASE_NAME = 'opsplan';
/** The newest schema this build knows; a database above it was upgraded by a newer build. */
export const LATEST_SCHEMA_VERSION = 5;
/** Dexie keeps IndexedDB's version at this many times its own (so IndexedDB's 50 is schema 5). */
export const INDEXEDDB_VERSIONS_PER_SCHEMA = 10;
