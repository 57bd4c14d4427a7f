import { describe, expect, it } from 'vitest';
import { withCachedDateFormats } from '../../../src/features/timeline/cached-date-formats';

describe('cached date formats', () => {
  it('shares one formatter per locale and options during a render and the renders after it, and restores Intl afterwards', () => {
    const original = Intl.DateTimeFormat;
    const seen = withCachedDateFormats(() => {
      const longA = new Intl.DateTimeFormat('en', { month: 'long' });
      const longB = new Intl.DateTimeFormat('en', { month: 'long' });
      const short = new Intl.DateTimeFormat('en', { month: 'short' });
      const chinese = new Intl.DateTimeFormat('zh-CN', { month: 'long' });
      const twoOptions = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' });
      return { longA, longB, short, chinese, twoOptions };
    });
    expect(seen.longA).toBe(seen.longB);
    expect(new Set([seen.longA, seen.short, seen.chinese, seen.twoOptions]).size).toBe(4);
    const june = new Date(Date.UTC(2026, 5, 15));
    expect(seen.short.format(june)).toBe('Jun');
    expect(seen.chinese.format(june)).toBe(new original('zh-CN', { month: 'long' }).format(june));
    expect(seen.twoOptions.format(june)).toBe('June 2026');
    expect(Intl.DateTimeFormat).toBe(original);
    // The next render is handed the same formatters.
    expect(withCachedDateFormats(() => new Intl.DateTimeFormat('en', { month: 'long' }))).toBe(seen.longA);
  });
});
