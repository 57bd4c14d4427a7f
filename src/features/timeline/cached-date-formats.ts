/**
 * The identity of a formatter request. Built by hand: JSON.stringify of the same pair was
 * itself a tenth of a timeline render (two requests per date label, a year of labels).
 */
function formatKey(locales: string | string[] | undefined, options: Intl.DateTimeFormatOptions | undefined): string {
  let key = Array.isArray(locales) ? locales.join(',') : String(locales);
  if (options) for (const name in options) key += `|${name}=${String(options[name as keyof Intl.DateTimeFormatOptions])}`;
  return key;
}

// The constructor itself, taken before any render swaps it (see withCachedDateFormats).
const NativeDateTimeFormat = Intl.DateTimeFormat;
const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language and options for the page's life: formatters are immutable, and
 * building the few a render asks for again each time was a tenth of a zoom. frappe-gantt and
 * our header labels ask for a handful of option sets, so there are a handful per language.
 */
export function sharedDateFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = formatKey(locales, options);
  let formatter = cache.get(key);
  if (!formatter) cache.set(key, (formatter = new NativeDateTimeFormat(locales, options)));
  return formatter;
}

/**
 * frappe-gantt builds two Intl.DateTimeFormat objects for every date label it formats —
 * thousands per render, most of a render's time. While one (synchronous) render runs, its
 * requests are handed the shared formatters. The global is restored before control returns, so
 * nothing outside the render sees the swap.
 */
export function withCachedDateFormats<T>(render: () => T): T {
  const original = Intl.DateTimeFormat;
  const cached = function DateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return sharedDateFormat(locales, options);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.assign(cached, { supportedLocalesOf: original.supportedLocalesOf });
  Intl.DateTimeFormat = cached;
  try {
    return render();
  } finally {
    Intl.DateTimeFormat = original;
  }
}
