// Dates are plain ISO calendar days ('2026-11-24'): a plan deadline has no time zone,
// and string order equals date order, which keeps comparisons cheap.
export type IsoDate = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Days already checked. Loading 10,000 tasks checks some 20,000 dates over a few hundred distinct
 * days, and the check (a pattern and a Date round trip) was a seventh of validating them all.
 * Bounded, since a hostile file can hold any number of distinct strings.
 */
const checkedDays = new Map<string, boolean>();
const MAX_CHECKED_DAYS = 4096;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const known = checkedDays.get(value);
  if (known !== undefined) return known;
  const valid = isCalendarDay(value);
  if (checkedDays.size >= MAX_CHECKED_DAYS) checkedDays.clear();
  checkedDays.set(value, valid);
  return valid;
}

function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// A plan of 10,000 tasks spans a few hundred distinct days, and the dashboard, the scheduler and
// the board convert the same days over and over: both conversions are remembered (bounded).
const CACHE_LIMIT = 20_000;
const millisOfDay = new Map<string, number>();
const dayOfMillis = new Map<number, IsoDate>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export function toUtcMillis(day: IsoDate): number {
  const known = millisOfDay.get(day);
  if (known !== undefined) return known;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return remember(millisOfDay, day, Date.UTC(y, m - 1, d));
}

export function fromUtcMillis(ms: number): IsoDate {
  return dayOfMillis.get(ms) ?? remember(dayOfMillis, ms, new Date(ms).toISOString().slice(0, 10));
}

export function addDays(day: IsoDate, days: number): IsoDate {
  return fromUtcMillis(toUtcMillis(day) + days * MS_PER_DAY);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMillis(to) - toUtcMillis(from)) / MS_PER_DAY);
}

/** The local calendar day of a clock reading: what "today" means to the person at the laptop. */
export function localIsoDate(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The first day of the month after the one `day` is in. */
export function startOfNextMonth(day: IsoDate): IsoDate {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export function startOfWeek(day: IsoDate): IsoDate {
  const weekday = new Date(toUtcMillis(day)).getUTCDay(); // 0 = Sunday
  return addDays(day, weekday === 0 ? -6 : 1 - weekday);
}

/**
 * Orders ISO dates and timestamps (missing ones last). Their text order is their time order, so a
 * plain comparison does; localeCompare goes through collation and made sorting 10,000 tasks
 * by start date several times slower.
 */
export function compareIsoDates(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  return a < b ? -1 : 1;
}
