import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlanKeys } from '../../../src/server/plan-keys';

/** Runs one server process's claims (tests/helpers/claim-plan-keys.mts); resolves to its refusals. */
function claimInProcess(dir: string, startAt: number, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/claim-plan-keys.mts', dir, String(startAt), String(count)]);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(out))));
  });
}

describe('plan keys on two servers sharing one folder', () => {
  it('lets every racing first connection with the right key in, and still refuses a wrong one', async () => {
    // Two server processes claim the same 300 new plans with the right key at the same moment.
    // The loser of each race once read the winner's key file before its content was written and
    // refused the right key: a laptop joining a newly shared plan through the other server.
    const dir = mkdtempSync(join(tmpdir(), 'opsplan-keys-race-'));
    const startAt = Date.now() + 3_000;
    const refusals = await Promise.all([claimInProcess(dir, startAt, 300), claimInProcess(dir, startAt, 300)]);
    expect(refusals).toEqual([[], []]);
    await expect(createPlanKeys(dir).check('plan_r0', 'other-key-0123456789')).rejects.toThrow('wrong plan key');
    // Only the claims are left in the folder, no drafts.
    expect(readdirSync(join(dir, 'keys')).filter((name) => !name.endsWith('.sha256'))).toEqual([]);
  }, 30_000);
});
