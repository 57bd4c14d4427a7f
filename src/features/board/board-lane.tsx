import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey } from '../../domain/board-layout';
import type { Column } from '../../domain/column';
import { BoardCell } from './board-cell';

type BoardLaneProps = { lane: string; label: string | null; columns: Column[] };

/** One swimlane: a row of cells, one per column; without swimlanes, the single row of the board. */
export const BoardLane = memo(function BoardLane({ lane, label, columns }: BoardLaneProps) {
  const { t } = useTranslation();
  return (
    <>
      {label !== null && (
        <h3 className="lane-title" style={{ gridColumn: `1 / span ${columns.length}` }}>
          {t('board.lane', { name: label })}
        </h3>
      )}
      {columns.map((column) => (
        <BoardCell key={column.id} cell={cellKey(column.id, lane)} column={column} lane={lane} laneLabel={label} />
      ))}
    </>
  );
});
