import { isIsoDate, type IsoDate } from '../dates';

// Dates as other tools write them: ISO (2026-11-24, 2026-11-24T09:00:00), day-first
// (24/11/2026, 24.11.2026), month-first (11/24/2026) and Jira's 24/Nov/26 9:00 AM.

export type DayOrder = 'dmy' | 'mdy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: number) => (y < 100 ? 2000 + y : y);

/** The date in a cell, or null for an empty cell; throws nothing — an unreadable date is 'invalid'. */
export function parseFlexibleDate(raw: string, order: DayOrder): IsoDate | null | 'invalid' {
  const value = raw.trim();
  if (value === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value);
  if (iso) return checked(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const named = /^(\d{1,2})[/\- ]([A-Za-z]{3})[A-Za-z]*[/\- ](\d{2,4})(?:\s.*)?$/.exec(value);
  if (named) {
    const month = MONTHS.indexOf((named[2] as string).toLowerCase()) + 1;
    if (month === 0) return 'invalid';
    return checked(`${fullYear(Number(named[3]))}-${pad(month)}-${pad(Number(named[1]))}`);
  }
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?:\s.*)?$/.exec(value);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), fullYear(Number(numeric[3]))];
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    return checked(`${y}-${pad(month)}-${pad(day)}`);
  }
  return 'invalid';
}

function checked(day: string): IsoDate | 'invalid' {
  return isIsoDate(day) ? day : 'invalid';
}

/** Day-first unless a value only makes sense month-first (a middle number above 12). */
export function guessDayOrder(values: readonly string[]): DayOrder {
  for (const value of values) {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(value.trim());
    if (m && Number(m[2]) > 12 && Number(m[1]) <= 12) return 'mdy';
  }
  return 'dmy';
}
