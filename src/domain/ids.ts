// Ids go into CSS selectors and DOM ids (frappe-gantt, aria-controls), so they are limited
// to a selector-safe alphabet and always start with a letter.
export const SAFE_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export type IdFactory = (prefix: string) => string;

export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && SAFE_ID_PATTERN.test(value);
}

/** Builds an id factory from a source of random hex (crypto in the app, a counter in tests). */
export function createIdFactory(randomHex: () => string): IdFactory {
  return (prefix) => `${prefix}_${randomHex().replace(/[^A-Za-z0-9]/g, '').slice(0, 24)}`;
}
