import type { i18n } from 'i18next';

// The English words of the views and dialogs off the first screen (en-views.ts, about 4 kB of
// compressed code): fetched with the first of them to open, or once the page is idle, and added
// to every i18next instance. English is the fallback of every language, so it is always fetched.
const instances = new Set<i18n>();
let words: Record<string, unknown> | null = null;
let loading: Promise<void> | null = null;

/** Gives an instance the later words, now if they are in, else when they arrive. */
export function attachMoreStrings(instance: i18n): void {
  if (words) addTo(instance, words);
  else instances.add(instance);
}

/** Fetches the later words once; resolves when every attached instance has them. */
export function loadMoreStrings(): Promise<void> {
  loading ??= import('./en-views').then(({ enViews }) => {
    words = enViews;
    for (const instance of instances) addTo(instance, enViews);
    instances.clear();
  });
  return loading;
}

function addTo(instance: i18n, more: Record<string, unknown>): void {
  // Deep: a section may be split between the two parts (exchange).
  instance.addResourceBundle('en', 'translation', more, true, true);
}
