import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../domain/column';
import { useOpsActions } from '../../store/bound-store';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';

type DeleteColumnDialogProps = { column: Column; columns: Column[]; cardCount: number; onClose: () => void };

/** Deleting a column first asks where its cards go: no card is deleted with it. */
export function DeleteColumnDialog({ column, columns, cardCount, onClose }: DeleteColumnDialogProps) {
  const { t } = useTranslation();
  const { deleteColumn } = useOpsActions();
  const others = columns.filter((c) => c.id !== column.id);
  const [targetId, setTargetId] = useState(others[0]?.id ?? '');
  const confirm = () => {
    if (deleteColumn(column.id, targetId)) onClose();
  };
  return (
    <Dialog
      title={t('board.deleteColumnTitle', { name: column.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="danger" onClick={confirm} disabled={!targetId}>{t('board.deleteColumnConfirm')}</button>
        </>
      }
    >
      <p>{t('board.deleteColumnBody', { count: cardCount })}</p>
      <Field label={t('board.moveCardsTo')}>
        <select value={targetId} data-autofocus onChange={(e) => setTargetId(e.target.value)}>
          {others.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </Field>
    </Dialog>
  );
}
