/**
 * The identity of a formatter request. Built by hand: JSON.stringify of the same pair was
 * itself a tenth of a timeline render (two requests per date label, a year of labels).
 */
function formatKey(locales: string | string[] | undefined, options: Intl.DateTimeFormatOptions | undefined): string {
  let key = Array.isArray(locales) ? locales.join(',') : String(locales);
  if (options) for (const name in options) key += `|${name}=${String(options[name as keyof Intl.DateTimeFormatOptions])}`;
  return key;
}

// Formatters are immutable, so they are kept from one render to the next: building the few a
// render asks for again each time was a tenth of a zoom. frappe-gantt asks for a handful of
// option sets, so there are a handful per language.
const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * frappe-gantt builds two Intl.DateTimeFormat objects for every date label it formats —
 * thousands per render, most of a render's time. While one (synchronous) render runs, identical
 * requests share one instance. The global is restored before control returns, so nothing outside
 * the render sees the swap.
 */
export function withCachedDateFormats<T>(render: () => T): T {
  const original = Intl.DateTimeFormat;
  const cached = function DateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    const key = formatKey(locales, options);
    let formatter = cache.get(key);
    if (!formatter) {
      formatter = new original(locales, options);
      cache.set(key, formatter);
    }
    return formatter;
  } as unknown as typeof Intl.DateTimeFormat;
  Object.assign(cached, { supportedLocalesOf: original.supportedLocalesOf });
  Intl.DateTimeFormat = cached;
  try {
    return render();
  } finally {
    Intl.DateTimeFormat = original;
  }
}
