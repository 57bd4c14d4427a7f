import { useMemo } from 'react';

/**
 * The same array for as long as the ids are the same, so a list rebuilt at every render (the ids
 * of what is on screen, say) changes identity only when its content does. Ids hold no newline.
 */
export function useStableIds(ids: readonly string[]): string[] {
  const key = ids.join('\n');
  return useMemo(() => (key === '' ? [] : key.split('\n')), [key]);
}
