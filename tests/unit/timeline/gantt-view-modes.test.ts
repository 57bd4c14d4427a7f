import { describe, expect, it, vi } from 'vitest';
import { GANTT_VIEW_MODES } from '../../../src/features/timeline/gantt-view-modes';

const lower = (zoom: keyof typeof GANTT_VIEW_MODES, date: Date, lang: string) => {
  const text = GANTT_VIEW_MODES[zoom].lower_text;
  return typeof text === 'function' ? text(date, null, lang) : text;
};
const upper = (zoom: keyof typeof GANTT_VIEW_MODES, date: Date, last: Date | null, lang: string) => {
  const text = GANTT_VIEW_MODES[zoom].upper_text;
  return typeof text === 'function' ? text(date, last, lang) : text;
};

describe('timeline header labels', () => {
  const march9 = new Date(2026, 2, 9);

  it('labels weeks by month and day in the language asked for, each language with its own formatter', () => {
    expect(lower('week', march9, 'en')).toBe('3/9');
    expect(lower('week', march9, 'zh-CN')).toBe('3/9');
    expect(lower('week', march9, 'de')).toBe('9.3.');
    expect(lower('week', march9, 'en')).toBe('3/9');
  });

  it('names the month where a new one starts, in the language asked for', () => {
    expect(upper('day', march9, null, 'en')).toBe('Mar 2026');
    expect(upper('day', march9, null, 'zh-CN')).toBe('3月 2026');
    expect(upper('day', march9, new Date(2026, 2, 8), 'en')).toBe('');
    expect(lower('month', march9, 'en')).toBe('Mar');
    expect(lower('month', march9, 'zh-CN')).toBe('3月');
  });
});

describe('warming the chart date formatters', () => {
  it("builds ahead every formatter the chart's labels and frappe-gantt's ask for, so drawing builds none", async () => {
    // The modules keep the constructor they found when loaded: load them afresh behind a counting one.
    vi.resetModules();
    const native = Intl.DateTimeFormat;
    let built = 0;
    const counting = function DateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      built++;
      return new native(locales, options);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = counting;
    try {
      const modes = await import('../../../src/features/timeline/gantt-view-modes');
      const { withCachedDateFormats } = await import('../../../src/features/timeline/cached-date-formats');
      for (const language of ['en', 'zh-CN']) {
        modes.warmChartDateFormats(language);
        const before = built;
        expect(before).toBeGreaterThan(0);
        const labels = withCachedDateFormats(() => {
          const june = new Date(2026, 5, 15);
          // What frappe-gantt's date_utils.format builds for every label, then our labels at each zoom.
          const frappe = [new Intl.DateTimeFormat(language, { month: 'long' }).format(june), new Intl.DateTimeFormat(language, { month: 'short' }).format(june)];
          const ours = (['day', 'week', 'month', 'quarter'] as const).flatMap((zoom) => [lower(zoom, june, language), upper(zoom, june, null, language)]);
          return [...frappe, ...ours];
        });
        expect(labels.every((label) => typeof label === 'string')).toBe(true);
        expect(built).toBe(before);
      }
    } finally {
      Intl.DateTimeFormat = native;
      vi.resetModules();
    }
  });
});
