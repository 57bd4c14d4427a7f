import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../domain/column';
import { selectBoardCells } from '../../store/board-selectors';
import { useOps, useOpsActions } from '../../store/bound-store';
import { CodeLoadBoundary } from '../../ui/code-load-boundary';
import { MenuButton } from '../../ui/menu-button';
import { preloadable } from '../../ui/preloadable';
import { QuickAdd } from './quick-add';

// The column dialogs load when first opened: the first screen carries only what it shows.
const ColumnSettingsDialog = preloadable(() => import('./column-settings-dialog').then((m) => m.ColumnSettingsDialog)).Component;
const DeleteColumnDialog = preloadable(() => import('./delete-column-dialog').then((m) => m.DeleteColumnDialog)).Component;

type ColumnHeaderProps = { column: Column; planId: string; columns: Column[] };

/**
 * Column title, card count against its WIP limit, quick add, and the column's menu. Memoised: a
 * drop re-renders the headers whose counts changed, not all of them.
 */
export const ColumnHeader = memo(function ColumnHeader({ column, planId, columns }: ColumnHeaderProps) {
  const { t } = useTranslation();
  const actions = useOpsActions();
  const count = useOps((s) => selectBoardCells(s).columnCounts.get(column.id) ?? 0);
  const [dialog, setDialog] = useState<'settings' | 'delete' | null>(null);
  const index = columns.findIndex((c) => c.id === column.id);
  const overLimit = column.wipLimit !== null && count > column.wipLimit;
  // A dialog whose code does not arrive closes with a notice; the board stays as it was.
  const closeDialogWithNotice = (error: Error) => {
    actions.reportCodeLoadFailure(error);
    setDialog(null);
  };
  // The count changes at every drop into or out of the column; the menu does not.
  const menu = useMemo(() => (
    <MenuButton
      label={t('board.columnMenu', { name: column.name })}
      icon="⋯"
      items={[
        { label: t('board.columnSettings'), onSelect: () => setDialog('settings') },
        { label: t('board.moveLeft'), onSelect: () => actions.shiftColumn(column.id, -1), disabled: index === 0 },
        { label: t('board.moveRight'), onSelect: () => actions.shiftColumn(column.id, 1), disabled: index === columns.length - 1 },
        { label: t('board.deleteColumn'), onSelect: () => setDialog('delete'), disabled: columns.length <= 1 },
      ]}
    />
  ), [t, actions, column.id, column.name, index, columns.length]);

  return (
    <header className={overLimit ? 'column-header over-limit' : 'column-header'}>
      <div className="column-title-row">
        <h2 className="column-title">{column.name}</h2>
        <span className="column-count" aria-label={column.wipLimit === null ? t('board.count', { count }) : t('board.countOfLimit', { count, limit: column.wipLimit })}>
          {column.wipLimit === null ? count : `${count}/${column.wipLimit}`}
        </span>
        {menu}
      </div>
      {overLimit && <p className="wip-warning" role="status">{t('board.wipExceeded', { limit: column.wipLimit })}</p>}
      <QuickAdd planId={planId} column={column} />
      {/* Opened again, a dialog gets a fresh boundary (its key) and its code is fetched again. */}
      <CodeLoadBoundary key={dialog ?? 'none'} onFailed={closeDialogWithNotice}>
        {dialog === 'settings' && <ColumnSettingsDialog column={column} onClose={() => setDialog(null)} />}
        {dialog === 'delete' && <DeleteColumnDialog column={column} columns={columns} cardCount={count} onClose={() => setDialog(null)} />}
      </CodeLoadBoundary>
    </header>
  );
});
