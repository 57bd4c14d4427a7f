import { describe, expect, it } from 'vitest';
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
