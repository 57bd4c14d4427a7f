import * as z from 'zod/mini';
import { addDays, toUtcMillis, type IsoDate } from './dates';
import { isoDateSchema, list, wholeNumber } from './schema-primitives';

/**
 * A plan's working calendar: which weekdays are off, which dates are public holidays, and
 * which weekend dates are make-up working days (调休). Durations and lags count working days.
 */
export const calendarSchema = z.object({
  /** 0 = Sunday … 6 = Saturday. */
  weekendDays: list(wholeNumber(0, 6), 6),
  holidays: list(isoDateSchema, 2_000),
  workdays: list(isoDateSchema, 2_000),
});

export type WorkCalendar = z.infer<typeof calendarSchema>;

export const STANDARD_CALENDAR: WorkCalendar = { weekendDays: [0, 6], holidays: [], workdays: [] };

/** A fast membership test for one calendar, built once per scheduling run. */
export function workingDayTest(calendar: WorkCalendar): (day: IsoDate) => boolean {
  const weekend = new Set(calendar.weekendDays);
  const holidays = new Set(calendar.holidays);
  const workdays = new Set(calendar.workdays);
  return (day) => {
    if (workdays.has(day)) return true;
    if (holidays.has(day)) return false;
    return !weekend.has(new Date(toUtcMillis(day)).getUTCDay());
  };
}

/** The first working day on or after `day` (or on or before, going backwards). */
export function snapToWorkingDay(isWorking: (day: IsoDate) => boolean, day: IsoDate, direction: 1 | -1 = 1): IsoDate {
  let current = day;
  for (let guard = 0; guard < 3660 && !isWorking(current); guard++) current = addDays(current, direction);
  return current;
}

/** Working days from `start` to `end`, both included (0 when end is before start). */
export function countWorkingDays(isWorking: (day: IsoDate) => boolean, start: IsoDate, end: IsoDate): number {
  let count = 0;
  for (let day = start; day <= end; day = addDays(day, 1)) if (isWorking(day)) count++;
  return count;
}
