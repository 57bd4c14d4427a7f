import type Gantt from 'frappe-gantt';
import { describe, expect, it } from 'vitest';
import { dateAtX, xOfDate } from '../../../src/features/timeline/gantt-overlay';

/** Just what xOfDate reads of a chart: its column dates (local midnights) and column width. */
const chart = (dates: Date[], width: number) => ({ dates, config: { column_width: width } }) as unknown as Gantt;
const days = (from: string, count: number) => Array.from({ length: count }, (_, i) => new Date(`${from}T00:00:00`).valueOf() + i * 86_400_000).map((ms) => new Date(ms));

describe('x positions of days on the chart', () => {
  it('places days on day columns, and month days inside month columns', () => {
    const gantt = chart(days('2026-12-01', 40), 45);
    expect(xOfDate(gantt, '2026-12-01', false)).toBe(0);
    expect(xOfDate(gantt, '2026-12-03', false)).toBe(90);
    expect(xOfDate(gantt, '2026-12-03', true)).toBe(135);

    const months = chart([new Date('2026-11-01T00:00:00'), new Date('2026-12-01T00:00:00'), new Date('2027-01-01T00:00:00')], 124);
    expect(xOfDate(months, '2026-12-01', false)).toBe(124);
    expect(xOfDate(months, '2026-12-16', false)).toBeCloseTo(124 + (15 / 31) * 124);
  });

  it('follows a redrawn chart: new columns give new positions', () => {
    const gantt = chart(days('2026-12-01', 40), 45);
    expect(xOfDate(gantt, '2026-12-10', false)).toBe(9 * 45);
    (gantt as unknown as { dates: Date[] }).dates = days('2026-12-05', 40);
    expect(xOfDate(gantt, '2026-12-10', false)).toBe(5 * 45);
  });

  it('finds the day under an x, at day and month zoom alike: what zooming keeps at the left edge', () => {
    const gantt = chart(days('2026-12-01', 40), 45);
    expect(dateAtX(gantt, 0)).toBe('2026-12-01');
    expect(dateAtX(gantt, 90)).toBe('2026-12-03');
    expect(dateAtX(gantt, 134)).toBe('2026-12-03');
    expect(dateAtX(gantt, xOfDate(gantt, '2026-12-25', false))).toBe('2026-12-25');
    expect(dateAtX(gantt, -50)).toBe('2026-12-01');

    const months = chart([new Date('2026-11-01T00:00:00'), new Date('2026-12-01T00:00:00'), new Date('2027-01-01T00:00:00')], 124);
    for (const day of ['2026-11-01', '2026-11-17', '2026-12-01', '2026-12-16', '2026-12-31']) expect(dateAtX(months, xOfDate(months, day, false))).toBe(day);
  });
});
