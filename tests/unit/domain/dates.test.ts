import { describe, expect, it } from 'vitest';
import { addDays, compareIsoDates, diffDays, isIsoDate, localIsoDate, startOfWeek } from '../../../src/domain/dates';

describe('ISO calendar days', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-1-1')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });

  it('gives the same answers asked again, and after more distinct strings than it remembers', () => {
    const days = Array.from({ length: 5000 }, (_, i) => addDays('2020-01-01', i));
    const junk = Array.from({ length: 5000 }, (_, i) => `2026-02-${30 + (i % 70)}`);
    for (let round = 0; round < 2; round++) {
      expect(days.every((day) => isIsoDate(day))).toBe(true);
      expect(junk.some((value) => isIsoDate(value))).toBe(false);
      expect(isIsoDate('2026-02-29')).toBe(false);
      expect(isIsoDate('2028-02-29')).toBe(true);
    }
  });

  it('adds and counts days across month, year and DST boundaries', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(diffDays('2026-03-28', '2026-03-30')).toBe(2);
    expect(diffDays('2026-11-24', '2026-11-20')).toBe(-4);
  });

  it('finds the Monday of a week and the local day of a clock reading', () => {
    expect(startOfWeek('2026-11-24')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23');
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('ordering ISO dates', () => {
  it('sorts days and timestamps in time order with missing ones last', () => {
    const days = ['2026-11-02', null, '2025-12-31', '2026-02-10', undefined, '2026-11-02'];
    expect([...days].sort(compareIsoDates)).toEqual(['2025-12-31', '2026-02-10', '2026-11-02', '2026-11-02', null, undefined]);
    expect(compareIsoDates('2026-11-24T09:00:00.000Z', '2026-11-24T10:00:00.000Z')).toBe(-1);
    expect(compareIsoDates(null, undefined)).not.toBeLessThan(0);
    expect(compareIsoDates('2026-01-01', '2026-01-01')).toBe(0);
  });
});
