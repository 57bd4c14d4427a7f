import { describe, expect, it } from 'vitest';
import type { WorkCalendar } from '../../../src/domain/calendar';
import { addDays, type IsoDate } from '../../../src/domain/dates';
import { createWorkingDayAxis } from '../../../src/domain/working-day-axis';

// Monday 2026-01-05 to Friday 2026-01-09 work, the weekend and Tuesday 2026-01-13 (a holiday) do not.
const calendar = { weekendDays: [0, 6], holidays: ['2026-01-13'], workdays: [] } as unknown as WorkCalendar;

/** The same questions asked of a fresh axis, which has seen no other day yet. */
function fresh(day: IsoDate) {
  const axis = createWorkingDayAxis(calendar, '2026-01-05');
  return { after: axis.indexOnOrAfter(day), before: axis.indexOnOrBefore(day) };
}

describe('working-day axis', () => {
  it('answers for days it already covers as it does for new ones, in any order asked', () => {
    const days = Array.from({ length: 21 }, (_, i) => addDays('2026-01-05', i));
    const axis = createWorkingDayAxis(calendar, '2026-01-05');
    // The far end first, so every later question is about a day the axis already covers.
    axis.indexOnOrAfter('2026-01-25');
    for (const day of [...days].reverse()) expect({ after: axis.indexOnOrAfter(day), before: axis.indexOnOrBefore(day) }).toEqual(fresh(day));
  });

  it('numbers working days only: a weekend or a holiday takes the next working day going forward', () => {
    const axis = createWorkingDayAxis(calendar, '2026-01-05');
    expect(axis.indexOnOrAfter('2026-01-12')).toBe(5); // Monday after the first week
    expect(axis.indexOnOrAfter('2026-01-10')).toBe(5); // Saturday, asked after Monday
    expect(axis.indexOnOrBefore('2026-01-10')).toBe(4); // the Friday before
    expect(axis.indexOnOrAfter('2026-01-13')).toBe(6); // the holiday: Wednesday's index
    expect(axis.dateAt(6)).toBe('2026-01-14');
  });
});
