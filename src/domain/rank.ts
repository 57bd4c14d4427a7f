import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

// Fractional ranks: moving a card writes one row (its own rank) instead of renumbering a column.

/** A rank strictly between two neighbours (null = open end). */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) {
    // Two tabs can produce equal ranks; fall back to "just after `before`" instead of failing.
    return generateKeyBetween(before, null);
  }
  return generateKeyBetween(before, after);
}

export function initialRanks(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

export function compareRanks(a: { rank: string; id: string }, b: { rank: string; id: string }): number {
  if (a.rank < b.rank) return -1;
  if (a.rank > b.rank) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
