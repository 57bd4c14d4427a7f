import type { TFunction } from 'i18next';

const CODES = ['badServer', 'badCode', 'alreadyShared', 'refused', 'timeout'] as const;

/** A readable sentence for whatever sharing or joining threw. */
export function syncErrorText(t: TFunction, error: unknown): string {
  const code = error instanceof Error ? error.message : '';
  if ((CODES as readonly string[]).includes(code)) return t(`sync.error.${code as (typeof CODES)[number]}`);
  return t('sync.error.startFailed', { detail: code || String(error) });
}

/** Where a teammate's server most likely is: this page's host, on the server's default port. */
export function defaultServerAddress(): string {
  return `ws://${location.hostname || 'localhost'}:1234`;
}
