import { useTranslation } from 'react-i18next';
import { useOps } from '../../store/bound-store';
import { Dialog } from '../../ui/dialog';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';
import './interchange.css';

/** Import and export: the files teams already have, in and out, with nothing written until confirmed. */
export function DataDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const plan = useOps((s) => (s.ui.activePlanId ? s.data.plans[s.ui.activePlanId] : undefined));
  return (
    <Dialog title={t('exchange.title')} onClose={onClose} wide>
      {plan && <ExportSection planId={plan.id} planName={plan.name} />}
      <ImportSection planId={plan?.id ?? ''} onDone={onClose} />
    </Dialog>
  );
}
