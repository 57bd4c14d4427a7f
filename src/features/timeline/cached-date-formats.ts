/**
 * frappe-gantt builds two Intl.DateTimeFormat objects for every date label it formats —
 * thousands per render, most of a render's time. Formatters are immutable, so while one
 * (synchronous) render runs, identical requests share one instance. The global is restored
 * before control returns, so nothing outside the render sees the swap.
 */
export function withCachedDateFormats<T>(render: () => T): T {
  const original = Intl.DateTimeFormat;
  const cache = new Map<string, Intl.DateTimeFormat>();
  const cached = function DateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    const key = JSON.stringify([locales, options]);
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
