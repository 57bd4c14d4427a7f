import type { WorkCalendar } from './calendar';
import { addDays, type IsoDate } from './dates';

// Mainland China public holidays and make-up working days (调休), from the State Council's
// notice on the 2026 holidays (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04).
// The 2027 notice is not yet available to us; users add it in the calendar editor.
const RANGES_2026: [IsoDate, IsoDate][] = [
  ['2026-01-01', '2026-01-03'], // 元旦
  ['2026-02-15', '2026-02-23'], // 春节
  ['2026-04-04', '2026-04-06'], // 清明节
  ['2026-05-01', '2026-05-05'], // 劳动节
  ['2026-06-19', '2026-06-21'], // 端午节
  ['2026-09-25', '2026-09-27'], // 中秋节
  ['2026-10-01', '2026-10-07'], // 国庆节
];
const MAKE_UP_WORKDAYS_2026: IsoDate[] = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

function expand(ranges: [IsoDate, IsoDate][]): IsoDate[] {
  const days: IsoDate[] = [];
  for (const [from, to] of ranges) for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

export const CHINA_YEARS_WITH_DATA = [2026] as const;

export function chinaCalendar(): WorkCalendar {
  return { weekendDays: [0, 6], holidays: expand(RANGES_2026), workdays: [...MAKE_UP_WORKDAYS_2026] };
}
