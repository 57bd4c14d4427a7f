import { describe, expect, it } from 'vitest';
import { randomHex } from '../../../src/app/random-hex';
import { createIdFactory, isSafeId } from '../../../src/domain/ids';

describe('randomHex', () => {
  it('gives 24 hex digits per call, all different across several refills of its pool', () => {
    const values = Array.from({ length: 3000 }, () => randomHex());
    expect(values.every((value) => /^[0-9a-f]{24}$/.test(value))).toBe(true);
    expect(new Set(values).size).toBe(values.length);
  });

  it('makes safe, distinct ids through the id factory', () => {
    const newId = createIdFactory(randomHex);
    const ids = Array.from({ length: 1000 }, () => newId('task'));
    expect(ids.every((id) => isSafeId(id) && /^task_[0-9a-f]{24}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
