import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../domain/column';
import { useOpsActions } from '../../store/bound-store';

/**
 * Type a title, press Enter: the card appears at the top of the column and the field stays ready.
 * Memoised: its header re-renders whenever the column's count changes.
 */
export const QuickAdd = memo(function QuickAdd({ planId, column }: { planId: string; column: Column }) {
  const { t } = useTranslation();
  const { addTask } = useOpsActions();
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    if (addTask(planId, column.id, title)) setTitle('');
  };
  return (
    <form className="quick-add" onSubmit={submit}>
      <input
        type="text"
        value={title}
        maxLength={500}
        placeholder={t('board.quickAddPlaceholder')}
        aria-label={t('board.quickAdd', { column: column.name })}
        onChange={(e) => setTitle(e.target.value)}
      />
      <button type="submit" className="icon-button" aria-label={t('board.addCardTo', { column: column.name })} disabled={!title.trim()}>+</button>
    </form>
  );
});
