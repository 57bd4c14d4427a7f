import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, factsSections, factsToMarkdown, reviewToMarkdown } from '../../../src/features/reviews/review-markdown';

describe('review Markdown export', () => {
  it('escapes user text so a title cannot add headings, links or HTML', () => {
    expect(escapeMarkdown('# [click](javascript:alert(1)) <img src=x>')).toBe('\\# \\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x\\>');
    expect(escapeMarkdown('line one\nline two')).toBe('line one line two');
  });

  it('reads the facts back as sections, with user text as typed', () => {
    const t = ((key: string, values?: { title?: string; count?: number }) => [key, values?.count, values?.title].filter((part) => part !== undefined).join(' ')) as unknown as TFunction;
    const titles = ['v1.2 roll-out', '# not a heading', '- not an item', 'C:\\ops\\plan [draft](x) <b>*bold*</b>', '(EU) #3 | 100%!'];
    const markdown = factsToMarkdown({
      done: [{ title: titles[0]!, on: '2026-11-24' }],
      slipped: [{ title: titles[1]!, due: '2026-11-20', daysLate: 4 }],
      atRisk: [],
      kpis: [],
      budget: { planned: 0, actual: 0 },
      highRisks: titles.slice(2).map((title, i) => ({ title, score: 12 + i })),
    }, t);
    const sections = factsSections(markdown);
    expect(sections.map((section) => section.title)).toEqual(['reviews.done 1', 'reviews.slipped 1', 'reviews.atRisk 0', 'reviews.kpis', 'reviews.budget', 'reviews.highRisks']);
    expect(sections[0]!.items).toEqual(['v1.2 roll-out (2026-11-24)']);
    expect(sections[1]!.items).toEqual(['reviews.slippedItem 4 # not a heading']);
    expect(sections[2]!.items).toEqual(['reviews.nothing']);
    expect(sections[5]!.items).toEqual(['- not an item (12)', 'C:\\ops\\plan [draft](x) <b>*bold*</b> (13)', '(EU) #3 | 100%! (14)']);
  });

  it('shows facts of any other shape line by line, none lost', () => {
    expect(factsSections('Loose line\n\n- item\n### Later\ntext')).toEqual([{ title: '', items: ['Loose line', 'item'] }, { title: 'Later', items: ['text'] }]);
  });

  it('puts title, period, facts, notes, lessons and tags in order', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    const md = reviewToMarkdown({ id: 'r', planId: 'p', kind: 'weekly', periodStart: '2026-11-23', periodEnd: '2026-11-29', title: 'Week 48', facts: '### Done', notes: 'n', lessons: 'l', tags: ['ads'], createdAt: '' }, t);
    expect(md.split('\n')).toEqual(['# Week 48', '2026-11-23 – 2026-11-29', '', '## reviews.facts', '### Done', '', '## reviews.notes', 'n', '', '## reviews.lessons', 'l', '', 'task.tags: ads']);
  });
});
