import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { link, mkdir, open, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSafeId } from '../domain/ids';

/** Shortest plan key the server accepts: 16 characters of base64url is 96 bits. */
export const MIN_KEY_LENGTH = 16;

function digest(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/**
 * Plan keys, trusted on first use: the first laptop to share a plan sets its key, and from then
 * on the server opens the plan only to that key. Only a hash is kept. The file is linked into
 * place exclusively, so two servers on one data folder cannot both claim a plan with different keys.
 */
export function createPlanKeys(dataDir: string) {
  const folder = join(dataDir, 'keys');
  const pathOf = (planId: string) => join(folder, `${planId}.sha256`);

  return {
    /** Resolves when `key` opens `planId`; rejects with a reason otherwise. */
    async check(planId: string, key: string): Promise<void> {
      if (!isSafeId(planId)) throw new Error('invalid plan id');
      if (typeof key !== 'string' || key.length < MIN_KEY_LENGTH) throw new Error('missing or short plan key');
      const offered = digest(key);
      await mkdir(folder, { recursive: true });
      // The claim is written whole to a file of its own, then linked to the plan's name: the link
      // fails if the plan is already claimed, and no reader ever sees a half-written key. (Created
      // empty and then written, the file was read empty by a second server racing the first, which
      // then refused the right key.)
      const draft = join(folder, `${planId}.${randomUUID()}.draft`);
      await writeFile(draft, offered.toString('hex'));
      try {
        // On disk before it is linked: after a power cut, an empty claim would lock the plan for good.
        const handle = await open(draft, 'r');
        await handle.sync().finally(() => handle.close());
        await link(draft, pathOf(planId));
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        await unlink(draft).catch(() => undefined);
      }
      const stored = Buffer.from((await readFile(pathOf(planId), 'utf8')).trim(), 'hex');
      if (stored.length !== offered.length || !timingSafeEqual(stored, offered)) throw new Error('wrong plan key');
    },
  };
}
