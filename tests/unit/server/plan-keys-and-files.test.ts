import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createFilePersistence } from '../../../src/server/file-persistence';
import { createPlanKeys } from '../../../src/server/plan-keys';

const folder = () => mkdtempSync(join(tmpdir(), 'opsplan-server-'));

describe('plan keys on the sync server', () => {
  it('lets the first key claim a plan, opens it again with that key only, and keeps only a hash', async () => {
    const dir = folder();
    const keys = createPlanKeys(dir);
    await keys.check('plan_a1', 'first-key-0123456789');
    await keys.check('plan_a1', 'first-key-0123456789');
    await expect(keys.check('plan_a1', 'other-key-0123456789')).rejects.toThrow('wrong plan key');
    await keys.check('plan_b2', 'other-key-0123456789');
    expect(readdirSync(join(dir, 'keys')).sort()).toEqual(['plan_a1.sha256', 'plan_b2.sha256']);
  });

  it('refuses short keys and document names that are not plan ids (no path tricks)', async () => {
    const keys = createPlanKeys(folder());
    await expect(keys.check('plan_a1', 'short')).rejects.toThrow('missing or short plan key');
    await expect(keys.check('../../etc/passwd', 'long-enough-key-0123')).rejects.toThrow('invalid plan id');
    await expect(keys.check('plan_a1', undefined as unknown as string)).rejects.toThrow();
  });

  it('does not let two racing first connections claim one plan with different keys', async () => {
    const keys = createPlanKeys(folder());
    const results = await Promise.allSettled([keys.check('plan_c3', 'key-one-0123456789ab'), keys.check('plan_c3', 'key-two-0123456789ab')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});

describe('plan documents on disk', () => {
  it('merges a save with what another server saved, so neither loses the other’s updates', async () => {
    const files = createFilePersistence(folder());
    const fromServerA = new Y.Doc();
    fromServerA.getMap('tasks').set('a', 1);
    const fromServerB = new Y.Doc();
    fromServerB.getMap('tasks').set('b', 2);
    await files.store('plan_d4', Y.encodeStateAsUpdate(fromServerA));
    await files.store('plan_d4', Y.encodeStateAsUpdate(fromServerB));
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, (await files.fetch('plan_d4')) as Uint8Array);
    expect(loaded.getMap('tasks').toJSON()).toEqual({ a: 1, b: 2 });
    expect(await files.fetch('plan_never')).toBeNull();
    await expect(files.store('../x', new Uint8Array())).rejects.toThrow('invalid plan id');
  });
});
