import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStableIds } from '../../src/ui/use-stable-ids';

describe('useStableIds', () => {
  it('keeps the same array while the ids are the same, and follows them when they change', () => {
    const { result, rerender } = renderHook(({ ids }) => useStableIds(ids), { initialProps: { ids: ['a', 'b'] } });
    const first = result.current;
    expect(first).toEqual(['a', 'b']);
    rerender({ ids: ['a', 'b'] });
    expect(result.current).toBe(first);
    rerender({ ids: ['b', 'a'] });
    expect(result.current).toEqual(['b', 'a']);
    rerender({ ids: [] });
    expect(result.current).toEqual([]);
  });
});
