import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFiltering, type DueFilter } from '../../domain/board-filters';
import type { SwimlaneBy } from '../../domain/swimlanes';
import { PRIORITIES, type Priority } from '../../domain/task';
import { selectPlanTags } from '../../store/board-selectors';
import { useOps, useOpsActions } from '../../store/bound-store';
import { selectMembers } from '../../store/plan-selectors';
import { AddColumnDialog } from './add-column-dialog';

const DUE_FILTERS: DueFilter[] = ['any', 'overdue', 'due-soon', 'no-date'];
const SWIMLANES: SwimlaneBy[] = ['none', 'owner', 'priority', 'goal'];

/** Filters apply as you type or pick; swimlanes regroup the same cards. */
export function BoardToolbar({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const actions = useOpsActions();
  const filters = useOps((s) => s.ui.filters);
  const swimlaneBy = useOps((s) => s.ui.swimlaneBy);
  const members = useOps(selectMembers);
  const tags = useOps(selectPlanTags);
  const [addingColumn, setAddingColumn] = useState(false);

  return (
    <div className="toolbar" role="toolbar" aria-label={t('board.toolbar')}>
      <input type="search" className="search" value={filters.text} placeholder={t('filter.searchPlaceholder')} aria-label={t('filter.search')} onChange={(e) => actions.setFilters({ text: e.target.value })} />
      <select aria-label={t('filter.owner')} value={filters.ownerId ?? ''} onChange={(e) => actions.setFilters({ ownerId: e.target.value || null })}>
        <option value="">{t('filter.anyOwner')}</option>
        <option value="unassigned">{t('board.unassigned')}</option>
        {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </select>
      <select aria-label={t('filter.priority')} value={filters.priority ?? ''} onChange={(e) => actions.setFilters({ priority: (e.target.value || null) as Priority | null })}>
        <option value="">{t('filter.anyPriority')}</option>
        {PRIORITIES.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
      </select>
      <select aria-label={t('filter.tag')} value={filters.tag ?? ''} onChange={(e) => actions.setFilters({ tag: e.target.value || null })}>
        <option value="">{t('filter.anyTag')}</option>
        {tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
      </select>
      <select aria-label={t('filter.due')} value={filters.due} onChange={(e) => actions.setFilters({ due: e.target.value as DueFilter })}>
        {DUE_FILTERS.map((d) => <option key={d} value={d}>{t(`filter.due_${d}`)}</option>)}
      </select>
      {isFiltering(filters) && <button type="button" onClick={actions.clearFilters}>{t('filter.clear')}</button>}
      <select aria-label={t('board.swimlanes')} value={swimlaneBy} onChange={(e) => actions.setSwimlanes(e.target.value as SwimlaneBy)}>
        {SWIMLANES.map((s) => <option key={s} value={s}>{t(`board.swimlane_${s}`)}</option>)}
      </select>
      <button type="button" onClick={() => setAddingColumn(true)}>{t('board.addColumn')}</button>
      {addingColumn && <AddColumnDialog planId={planId} onClose={() => setAddingColumn(false)} />}
    </div>
  );
}
