import { useTranslation } from 'react-i18next';
import { useOps } from '../../store/bound-store';

/** The visible name of a swimlane key: a member's name, a priority, or a goal's title. */
export function useLaneLabel(): (lane: string) => string {
  const { t } = useTranslation();
  const by = useOps((s) => s.ui.swimlaneBy);
  const members = useOps((s) => s.data.members);
  const goals = useOps((s) => s.data.goals);
  return (lane) => {
    if (by === 'priority') return t(`priority.${lane}`);
    if (lane === 'none') return by === 'owner' ? t('board.unassigned') : t('board.noGoal');
    if (by === 'owner') return members[lane]?.name ?? lane;
    if (by === 'goal') return goals[lane]?.title ?? lane;
    return '';
  };
}
