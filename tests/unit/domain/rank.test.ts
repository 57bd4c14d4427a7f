import { describe, expect, it } from 'vitest';
import { compareRanks, initialRanks, rankBetween } from '../../../src/domain/rank';

describe('fractional ranks', () => {
  it('always finds a rank strictly between two neighbours', () => {
    let low = 'a0';
    const high = 'a1';
    for (let i = 0; i < 50; i++) {
      const mid = rankBetween(low, high);
      expect(mid > low && mid < high).toBe(true);
      low = mid;
    }
  });

  it('places before the first and after the last, and survives equal ranks from two tabs', () => {
    const [first, second] = initialRanks(2) as [string, string];
    expect(rankBetween(null, first) < first).toBe(true);
    expect(rankBetween(second, null) > second).toBe(true);
    expect(rankBetween(first, first) > first).toBe(true);
  });

  it('breaks rank ties by id so every tab shows the same order', () => {
    const items = [{ id: 'b', rank: 'a0' }, { id: 'a', rank: 'a0' }, { id: 'c', rank: 'Zz' }];
    expect([...items].sort(compareRanks).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});
