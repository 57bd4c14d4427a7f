import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, reviewToMarkdown } from '../../../src/features/reviews/review-markdown';

describe('review Markdown export', () => {
  it('escapes user text so a title cannot add headings, links or HTML', () => {
    expect(escapeMarkdown('# [click](javascript:alert(1)) <img src=x>')).toBe('\\# \\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x\\>');
    expect(escapeMarkdown('line one\nline two')).toBe('line one line two');
  });

  it('puts title, period, facts, notes, lessons and tags in order', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    const md = reviewToMarkdown({ id: 'r', planId: 'p', kind: 'weekly', periodStart: '2026-11-23', periodEnd: '2026-11-29', title: 'Week 48', facts: '### Done', notes: 'n', lessons: 'l', tags: ['ads'], createdAt: '' }, t);
    expect(md.split('\n')).toEqual(['# Week 48', '2026-11-23 – 2026-11-29', '', '## reviews.facts', '### Done', '', '## reviews.notes', 'n', '', '## reviews.lessons', 'l', '', 'task.tags: ads']);
  });
});
