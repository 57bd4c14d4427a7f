import type { TFunction } from 'i18next';
import type { Review } from '../../domain/review';
import type { ReviewFacts } from '../../domain/review-facts';

const MAX_ITEMS = 100;
const MAX_TITLE = 200;

/** The characters escaped in user text, and only those unescaped when it is read back. */
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>]/.source;
const TO_ESCAPE = new RegExp(`(${SPECIAL})`, 'g');
const ESCAPED = new RegExp(`\\\\(${SPECIAL})`, 'g');

/** Markdown special characters in user text are escaped so a title cannot restructure the document. */
export function escapeMarkdown(text: string): string {
  return text.slice(0, MAX_TITLE).replace(TO_ESCAPE, '\\$1').replace(/\r?\n/g, ' ');
}

const unescapeMarkdown = (text: string) => text.replace(ESCAPED, '$1');

export type FactsSection = { title: string; items: string[] };

/**
 * The facts' sections as factsToMarkdown wrote them, with user text as it was typed, for showing
 * them: as Markdown text they read "### Slipped (1)" and "v1\.2 launch". A line of neither shape
 * (facts from an older or foreign file) is shown as an item, as written.
 */
export function factsSections(markdown: string): FactsSection[] {
  const sections: FactsSection[] = [];
  let current: FactsSection | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    if (line.startsWith('### ')) {
      current = { title: line.slice(4), items: [] };
      sections.push(current);
    } else if (line.trim()) {
      if (!current) sections.push((current = { title: '', items: [] }));
      current.items.push(line.startsWith('- ') ? unescapeMarkdown(line.slice(2)) : line);
    }
  }
  return sections;
}

/** The generated part of a review, in the reader's language, frozen when the review is created. */
export function factsToMarkdown(facts: ReviewFacts, t: TFunction): string {
  // A long month can hold thousands of tasks: each section lists the first hundred and counts the rest.
  const list = (items: string[], empty: string) => {
    if (items.length === 0) return `- ${empty}`;
    const shown = items.slice(0, MAX_ITEMS).map((i) => `- ${i}`);
    if (items.length > MAX_ITEMS) shown.push(`- ${t('exchange.andMore', { count: items.length - MAX_ITEMS })}`);
    return shown.join('\n');
  };
  const number = (v: number | null) => (v === null ? '—' : v.toLocaleString());
  return [
    `### ${t('reviews.done', { count: facts.done.length })}`,
    list(facts.done.map((d) => `${escapeMarkdown(d.title)} (${d.on})`), t('reviews.nothing')),
    `### ${t('reviews.slipped', { count: facts.slipped.length })}`,
    list(facts.slipped.map((s) => t('reviews.slippedItem', { title: escapeMarkdown(s.title), due: s.due, count: s.daysLate })), t('reviews.nothing')),
    `### ${t('reviews.atRisk', { count: facts.atRisk.length })}`,
    list(facts.atRisk.map((a) => `${escapeMarkdown(a.title)} — ${t(`reviews.reason_${a.reason}`)}${a.due ? ` (${a.due})` : ''}`), t('reviews.nothing')),
    `### ${t('reviews.kpis')}`,
    list(facts.kpis.map((k) => `${escapeMarkdown(k.name)}: ${number(k.from)} → ${number(k.to)} ${escapeMarkdown(k.unit)} (${t('kpi.targetIs', { value: number(k.target) })})`), t('reviews.nothing')),
    `### ${t('reviews.budget')}`,
    `- ${t('dashboard.planned')}: ${facts.budget.planned.toLocaleString()} · ${t('dashboard.actual')}: ${facts.budget.actual.toLocaleString()} · ${t('dashboard.variance')}: ${(facts.budget.actual - facts.budget.planned).toLocaleString()}`,
    `### ${t('reviews.highRisks')}`,
    list(facts.highRisks.map((r) => `${escapeMarkdown(r.title)} (${r.score})`), t('reviews.nothing')),
  ].join('\n');
}

export function reviewToMarkdown(review: Review, t: TFunction): string {
  return [
    `# ${escapeMarkdown(review.title)}`,
    `${review.periodStart} – ${review.periodEnd}`,
    '',
    `## ${t('reviews.facts')}`,
    review.facts,
    '',
    `## ${t('reviews.notes')}`,
    review.notes || '—',
    '',
    `## ${t('reviews.lessons')}`,
    review.lessons || '—',
    review.tags.length ? `\n${t('task.tags')}: ${review.tags.map(escapeMarkdown).join(', ')}` : '',
  ].join('\n');
}
