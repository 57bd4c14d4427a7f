import { mkdir, readFile, rename, writeFile, open } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { isSafeId } from '../domain/ids';

/**
 * Keeps each plan's Yjs document as one file in the data folder. A save merges with what is
 * on disk (another server on the same folder may have saved updates this one lacks), writes a
 * temporary file, flushes it and renames it over the old one: a crash leaves the old or the new
 * file, never half of one.
 */
export function createFilePersistence(dataDir: string) {
  const folder = join(dataDir, 'plans');
  const pathOf = (planId: string) => {
    if (!isSafeId(planId)) throw new Error('invalid plan id');
    return join(folder, `${planId}.yjs`);
  };

  const fetch = async (planId: string): Promise<Uint8Array | null> => {
    try {
      return new Uint8Array(await readFile(pathOf(planId)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };

  const store = async (planId: string, state: Uint8Array): Promise<void> => {
    await mkdir(folder, { recursive: true });
    const existing = await fetch(planId);
    const merged = existing ? Y.mergeUpdates([existing, state]) : state;
    const temporary = `${pathOf(planId)}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, merged);
    const handle = await open(temporary, 'r');
    await handle.sync();
    await handle.close();
    await rename(temporary, pathOf(planId));
  };

  return { fetch, store };
}
