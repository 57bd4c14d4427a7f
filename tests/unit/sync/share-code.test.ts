import { describe, expect, it } from 'vitest';
import { formatShareCode, newPlanKey, parseServerUrl, parseShareCode } from '../../../src/sync/share-code';

describe('share codes and server addresses', () => {
  it('round-trips a plan id and a fresh 32-character key', () => {
    const key = newPlanKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newPlanKey()).not.toBe(key);
    expect(parseShareCode(` ${formatShareCode('plan_1a', key)} `)).toEqual({ planId: 'plan_1a', key });
  });

  it('refuses what is not a share code', () => {
    for (const text of ['', 'plan_1a', 'plan_1a.', '.abcdefghijklmnopqrstuvwxyz', 'plan_1a.short', '1plan.abcdefghijklmnopqrstuvwxyz', 'plan_1a.abc.defghijklmnopqrstuvwxyz', 'plan_1a.<script>alert(1)</script>xx']) {
      expect(parseShareCode(text)).toBeNull();
    }
  });

  it('accepts ws:// and wss:// addresses only', () => {
    expect(parseServerUrl('ws://localhost:1234')).toBe('ws://localhost:1234');
    expect(parseServerUrl(' wss://sync.example.com/ ')).toBe('wss://sync.example.com');
    for (const text of ['http://localhost:1234', 'localhost:1234', 'javascript:alert(1)', '']) expect(parseServerUrl(text)).toBeNull();
  });
});
