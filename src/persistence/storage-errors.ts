/** Maps an IndexedDB failure to a message key: a full disk needs different advice than a bug. */
export function describeStorageError(error: unknown): { key: string; detail: string } {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return { key: 'error.quota', detail: '' };
  return { key: 'error.saveFailed', detail: error instanceof Error ? error.message : String(error) };
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}
