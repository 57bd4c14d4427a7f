import { useTranslation } from 'react-i18next';
import { RACI_ROLES, type RaciRole } from '../../domain/task';
import { useOps } from '../../store/bound-store';
import { selectMembers } from '../../store/plan-selectors';

type RaciEditorProps = { planId: string; raci: Record<string, RaciRole>; onChange: (raci: Record<string, RaciRole>) => void };

/** Who is Responsible, Accountable, Consulted and Informed on this task (责任矩阵). */
export function RaciEditor({ planId, raci, onChange }: RaciEditorProps) {
  const { t } = useTranslation();
  const allMembers = useOps(selectMembers);
  const memberIds = useOps((s) => s.data.plans[planId]?.memberIds);
  const members = allMembers.filter((m) => !memberIds || memberIds.length === 0 || memberIds.includes(m.id) || raci[m.id]);
  const setRole = (memberId: string, role: string) => {
    const next = { ...raci };
    if (role) next[memberId] = role as RaciRole;
    else delete next[memberId];
    onChange(next);
  };
  if (members.length === 0) return null;
  return (
    <fieldset className="raci">
      <legend>{t('raci.title')}</legend>
      {members.map((member) => (
        <label key={member.id} className="raci-row">
          <span>{member.name}</span>
          <select aria-label={t('raci.roleOf', { name: member.name })} value={raci[member.id] ?? ''} onChange={(e) => setRole(member.id, e.target.value)}>
            <option value="">—</option>
            {RACI_ROLES.map((role) => <option key={role} value={role}>{t(`raci.${role}`)}</option>)}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
