import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../domain/task';
import { useOpsActions } from '../../store/bound-store';
import { Field } from '../../ui/field';

/** Comments are saved as they are posted (one undoable change each), independent of the form. */
export function TaskComments({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { updateTask, newId, now } = useOpsActions();
  const [body, setBody] = useState('');
  const [author, setAuthor] = useState(() => localStorage.getItem('opsplan.author') ?? '');
  const post = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    localStorage.setItem('opsplan.author', author.trim());
    const comment = { id: newId('cmt'), author: author.trim().slice(0, 500), body: body.trim(), at: now() };
    if (updateTask(task.id, { comments: [...task.comments, comment] })) setBody('');
  };
  return (
    <section className="comments" aria-label={t('comments.title')}>
      <h3>{t('comments.title')}</h3>
      {task.comments.length === 0 ? <p className="muted">{t('comments.none')}</p> : (
        <ol>
          {task.comments.map((c) => (
            <li key={c.id}>
              <strong>{c.author || t('comments.anonymous')}</strong> <time dateTime={c.at}>{c.at.slice(0, 16).replace('T', ' ')}</time>
              <p>{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={post} className="form-grid two">
        <Field label={t('comments.author')}>
          <input type="text" value={author} maxLength={500} onChange={(e) => setAuthor(e.target.value)} />
        </Field>
        <Field label={t('comments.new')} className="span-2">
          <textarea rows={2} value={body} maxLength={20000} onChange={(e) => setBody(e.target.value)} />
        </Field>
        <div><button type="submit" disabled={!body.trim()}>{t('comments.post')}</button></div>
      </form>
    </section>
  );
}
