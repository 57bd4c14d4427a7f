import { workingDayTest, type WorkCalendar } from './calendar';
import { addDays, diffDays, type IsoDate } from './dates';

/**
 * Working days numbered 0, 1, 2 … from an origin, so scheduling is integer arithmetic:
 * "three working days after" is index + 3, whatever weekends and holidays lie between.
 * The axis grows on demand when a schedule runs past its end.
 */
export type WorkingDayAxis = {
  /** The first calendar day counted; days before it all map to index 0. */
  origin: IsoDate;
  /** Index of the first working day on or after `day`. */
  indexOnOrAfter: (day: IsoDate) => number;
  /** Index of the last working day on or before `day`. */
  indexOnOrBefore: (day: IsoDate) => number;
  dateAt: (index: number) => IsoDate;
};

export function createWorkingDayAxis(calendar: WorkCalendar, origin: IsoDate): WorkingDayAxis {
  const isWorking = workingDayTest(calendar);
  const start = origin;
  const workingDates: IsoDate[] = [];
  // nextIndex[d] = index of the first working day on or after calendar day d (d counted from `start`).
  const nextIndex: number[] = [];
  let lastDay = addDays(start, -1);

  const extendThrough = (day: IsoDate) => {
    // The axis always ends on a working day, so a day it already covers needs nothing: asking the
    // calendar about its last day again, twice per task placed, was most of a schedule's time.
    if (workingDates.length > 0 && day <= lastDay) return;
    while (lastDay < day || !isWorking(lastDay)) {
      lastDay = addDays(lastDay, 1);
      if (isWorking(lastDay)) {
        const index = workingDates.length;
        workingDates.push(lastDay);
        // Every pending calendar day since the previous working day points at this one.
        for (let d = nextIndex.length; d <= diffDays(start, lastDay); d++) nextIndex.push(index);
      }
      if (workingDates.length > 200_000) throw new Error('calendar has no working days');
    }
  };

  // A day's index never changes once the axis covers it (the axis only grows), and a plan's
  // tasks start and end on a few hundred distinct days: placing 10,000 tasks asked for the same
  // days 20,000 times, each time parsing two dates, most of a schedule's time on a cold start.
  const indexOfDay = new Map<IsoDate, number>();
  const indexOnOrAfter = (day: IsoDate) => {
    if (day < start) return 0;
    const known = indexOfDay.get(day);
    if (known !== undefined) return known;
    extendThrough(day);
    const index = nextIndex[diffDays(start, day)] ?? 0;
    indexOfDay.set(day, index);
    return index;
  };

  return {
    origin: start,
    indexOnOrAfter,
    indexOnOrBefore: (day) => {
      const after = indexOnOrAfter(day);
      return workingDates[after] === day ? after : after - 1;
    },
    dateAt: (index) => {
      const safe = Math.max(0, index);
      while (workingDates.length <= safe) extendThrough(addDays(lastDay, 30));
      return workingDates[safe] as IsoDate;
    },
  };
}
