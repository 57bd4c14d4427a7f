import { useTranslation } from 'react-i18next';
import { selectBoardCells } from '../../store/board-selectors';
import { useOps } from '../../store/bound-store';
import { selectPlanColumns } from '../../store/plan-selectors';
import { BoardDndProvider } from './board-dnd-provider';
import { BoardLane } from './board-lane';
import { BoardToolbar } from './board-toolbar';
import { ColumnHeader } from './column-header';
import { ViewRegion } from '../../ui/view-region';
import { useLaneLabel } from './use-lane-label';

/** The kanban board of the active plan: columns by status, optional swimlanes, windowed cells. */
export function BoardView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const columns = useOps((s) => selectPlanColumns(s, planId));
  // The lanes alone: the board's cells change at every drop, its lanes seldom.
  const lanes = useOps((s) => selectBoardCells(s).lanes);
  const swimlaneBy = useOps((s) => s.ui.swimlaneBy);
  const laneLabel = useLaneLabel();

  return (
    <ViewRegion className="board" title={t('board.title')}>
      <BoardToolbar planId={planId} />
      <BoardDndProvider columns={columns}>
        <div className="board-grid" style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(260px, 1fr))` }}>
          {columns.map((column) => (
            <ColumnHeader key={column.id} column={column} planId={planId} columns={columns} />
          ))}
          {lanes.map((lane) => (
            <BoardLane key={lane} lane={lane} label={swimlaneBy === 'none' ? null : laneLabel(lane)} columns={columns} />
          ))}
        </div>
      </BoardDndProvider>
    </ViewRegion>
  );
}
