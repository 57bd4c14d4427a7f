import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../domain/review';
import { useOpsActions } from '../../store/bound-store';
import { downloadText } from '../../ui/download';
import { Field } from '../../ui/field';
import { factsSections, reviewToMarkdown } from './review-markdown';

/** One review: the generated facts, the team's notes and lessons, export and print. */
export function ReviewDetail({ review, onDeleted }: { review: Review; onDeleted: () => void }) {
  const { t } = useTranslation();
  const { updateReview, deleteReview } = useOpsActions();
  const [notes, setNotes] = useState(review.notes);
  const [lessons, setLessons] = useState(review.lessons);
  const [tags, setTags] = useState(review.tags.join(', '));
  // Read once per review, not at every keystroke in the notes below.
  const sections = useMemo(() => factsSections(review.facts), [review.facts]);
  const dirty = notes !== review.notes || lessons !== review.lessons || tags !== review.tags.join(', ');
  const save = () => updateReview(review.id, { notes, lessons, tags: [...new Set(tags.split(/[,，]/).map((x) => x.trim()).filter(Boolean))].map((x) => x.slice(0, 60)) });
  const exportMarkdown = () => downloadText(`${review.kind}-${review.periodStart}.md`, reviewToMarkdown(review, t), 'text/markdown;charset=utf-8');
  return (
    <article className="dash-card review-detail" aria-labelledby={`review-${review.id}`}>
      <h2 id={`review-${review.id}`}>{review.title}</h2>
      <h3>{t('reviews.facts')}</h3>
      <div className="review-facts">
        {sections.map((section, i) => (
          <section key={i} aria-label={section.title || undefined}>
            {section.title && <h4>{section.title}</h4>}
            <ul>{section.items.map((item, j) => <li key={j}>{item}</li>)}</ul>
          </section>
        ))}
      </div>
      <Field label={t('reviews.notes')}><textarea rows={4} value={notes} maxLength={20000} onChange={(e) => setNotes(e.target.value)} /></Field>
      <Field label={t('reviews.lessons')}><textarea rows={3} value={lessons} maxLength={20000} onChange={(e) => setLessons(e.target.value)} /></Field>
      <Field label={t('task.tags')} hint={t('task.tagsHint')}><input type="text" value={tags} maxLength={2000} onChange={(e) => setTags(e.target.value)} /></Field>
      <div className="dialog-footer">
        <button type="button" className="danger subtle" onClick={() => { if (deleteReview(review.id)) onDeleted(); }}>{t('reviews.delete')}</button>
        <span className="spacer" />
        <button type="button" onClick={exportMarkdown}>{t('reviews.exportMarkdown')}</button>
        <button type="button" onClick={() => window.print()}>{t('dashboard.print')}</button>
        <button type="button" className="primary" disabled={!dirty} onClick={save}>{t('common.save')}</button>
      </div>
    </article>
  );
}
