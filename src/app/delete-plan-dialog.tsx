import { useTranslation } from 'react-i18next';
import type { Plan } from '../domain/plan';
import { useOpsActions } from '../store/bound-store';
import { Dialog } from '../ui/dialog';

/** Deleting a plan removes its tasks too; it says so, and undo brings everything back. */
export function DeletePlanDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation();
  const { deletePlan } = useOpsActions();
  return (
    <Dialog
      title={t('plan.deleteTitle', { name: plan.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} data-autofocus>{t('common.cancel')}</button>
          <button type="button" className="danger" onClick={() => { if (deletePlan(plan.id)) onClose(); }}>{t('plan.deleteConfirm')}</button>
        </>
      }
    >
      <p>{t('plan.deleteBody')}</p>
    </Dialog>
  );
}
