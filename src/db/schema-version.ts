// Apart from ops-database.ts, which imports Dexie: the first screen reads without it.
export const DATABASE_NAME = 'opsplan';
/** The newest schema this build knows; a database above it was upgraded by a newer build. */
export const LATEST_SCHEMA_VERSION = 5;
