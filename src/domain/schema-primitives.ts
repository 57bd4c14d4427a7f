import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { isIsoDate } from './dates';
import { SAFE_ID_PATTERN } from './ids';

// zod/mini: the same checks as classic zod in a form bundlers can trim, which takes about
// 15 kB gzip off the first screen. Its messages are English, as classic zod's were. Our
// Content-Security-Policy forbids eval, so zod's compiled fast path can never run here: it is
// told not to try.
z.config({ ...en(), jitless: true });

// Shared building blocks of every record schema. Limits are generous for people and tight
// for hostile files: a 100 kB title is an attack, not a plan.

/** A string of at most `max` characters, and at least `min`. */
export const text = (max: number, min = 0, tooShort?: string) =>
  z.string().check(...(min > 0 ? [z.minLength(min, tooShort)] : []), z.maxLength(max));
/** As `text`, trimmed first: what people type into a name field. */
export const trimmedText = (max: number, min = 1, tooShort?: string) => z.string().check(z.trim(), z.minLength(min, tooShort), z.maxLength(max));
/** A whole number from `min` to `max`. */
export const wholeNumber = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
/** A finite number from `min` to `max` (zod rejects Infinity and NaN on its own). */
export const boundedNumber = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
/** At most `max` items, and at least `min`. */
export const list = <T extends z.core.SomeType>(item: T, max: number, min = 0) =>
  z.array(item).check(...(min > 0 ? [z.minLength(min)] : []), z.maxLength(max));

export const idSchema = z.string().check(z.regex(SAFE_ID_PATTERN, 'invalid id'));
export const isoDateSchema = z.string().check(z.refine(isIsoDate, 'invalid date (expected YYYY-MM-DD)'));
export const timestampSchema = text(40);
export const shortTextSchema = text(500);
export const longTextSchema = text(20_000);
export const nonNegativeSchema = boundedNumber(0, 1e12);
export const rankSchema = text(200, 1);
export const tagSchema = trimmedText(60);

/** Strips control characters (keeps tab and newline) so pasted junk cannot break layout or exports. */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}
