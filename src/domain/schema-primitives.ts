import { z } from 'zod';
import { isIsoDate } from './dates';
import { SAFE_ID_PATTERN } from './ids';

// Shared building blocks of every record schema. Limits are generous for people and tight
// for hostile files: a 100 kB title is an attack, not a plan.
export const idSchema = z.string().regex(SAFE_ID_PATTERN, 'invalid id');
export const isoDateSchema = z.string().refine(isIsoDate, 'invalid date (expected YYYY-MM-DD)');
export const timestampSchema = z.string().max(40);
export const shortTextSchema = z.string().max(500);
export const longTextSchema = z.string().max(20_000);
export const nonNegativeSchema = z.number().finite().min(0).max(1e12);
export const rankSchema = z.string().min(1).max(200);
export const tagSchema = z.string().trim().min(1).max(60);

/** Strips control characters (keeps tab and newline) so pasted junk cannot break layout or exports. */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}
