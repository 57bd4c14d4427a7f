/**
 * The code that writes the database, loaded when the database is (see openDatabase in bootstrap):
 * it only ever runs on a database Dexie has opened, so the first screen, which reads without
 * Dexie, does not carry it.
 */
export const recordWrites = () => import('../db/record-writes');
export const snapshotWrites = () => import('../db/snapshot-writes');
