import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareIsoDates } from '../../domain/dates';
import type { Review } from '../../domain/review';
import { useOps } from '../../store/bound-store';
import { GenerateReviewDialog } from './generate-review-dialog';
import { ReviewDetail } from './review-detail';
import '../../ui/pages.css';
import './reviews.css';

/** Weekly reviews (周报) and monthly summaries (月度总结), searchable as the team's knowledge base. */
export function ReviewsView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const all = useOps((s) => s.data.reviews);
  const [query, setQuery] = useState('');
  const [generating, setGenerating] = useState<Review['kind'] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const reviews = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return Object.values(all)
      .filter((r) => r.planId === planId)
      .filter((r) => !needle || [r.title, r.facts, r.notes, r.lessons, r.tags.join(' ')].join('\n').toLocaleLowerCase().includes(needle))
      .sort((a, b) => compareIsoDates(b.periodStart, a.periodStart) || compareIsoDates(b.createdAt, a.createdAt));
  }, [all, planId, query]);
  const open = openId ? all[openId] : undefined;
  return (
    <section className="page" aria-labelledby="reviews-title">
      <div className="toolbar">
        <h1 id="reviews-title" className="dash-title">{t('reviews.title')}</h1>
        <button type="button" className="primary" onClick={() => setGenerating('weekly')}>{t('reviews.generateWeekly')}</button>
        <button type="button" onClick={() => setGenerating('monthly')}>{t('reviews.generateMonthly')}</button>
      </div>
      <div className="page-pad reviews-layout">
        <div>
          <input type="search" value={query} placeholder={t('filter.searchPlaceholder')} aria-label={t('reviews.search')} onChange={(e) => setQuery(e.target.value)} />
          {reviews.length === 0 ? <p className="muted">{t(query ? 'reviews.noMatch' : 'reviews.none')}</p> : (
            <ul className="dash-list" aria-label={t('reviews.list')}>
              {reviews.map((r) => (
                <li key={r.id}>
                  <button type="button" className={r.id === openId ? 'link-button is-current' : 'link-button'} aria-current={r.id === openId ? 'true' : undefined} onClick={() => setOpenId(r.id)}>{r.title}</button>
                  <span className="muted">{`${r.periodStart} – ${r.periodEnd}`}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        {open && <ReviewDetail key={open.id} review={open} onDeleted={() => setOpenId(null)} />}
      </div>
      {generating && <GenerateReviewDialog planId={planId} kind={generating} onClose={() => setGenerating(null)} onCreated={setOpenId} />}
    </section>
  );
}
