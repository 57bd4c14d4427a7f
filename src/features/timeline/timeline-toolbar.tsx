import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOps, useOpsActions } from '../../store/bound-store';
import { TIMELINE_ZOOMS, type TimelineZoom } from '../../store/ops-state';
import { selectPlanBaselines, type TimelineAnalysis } from '../../store/timeline-selectors';
import { BaselineDialog } from './baseline-dialog';
import { CalendarDialog } from './calendar-dialog';
import { MilestoneDialog } from './milestone-dialog';

type TimelineToolbarProps = { planId: string; analysis: TimelineAnalysis; showCritical: boolean; onShowCritical: (on: boolean) => void; onToday: () => void; onPrint: () => void };

export function TimelineToolbar({ planId, analysis, showCritical, onShowCritical, onToday, onPrint }: TimelineToolbarProps) {
  const { t } = useTranslation();
  const actions = useOpsActions();
  const zoom = useOps((s) => s.ui.timelineZoom);
  const baselineId = useOps((s) => s.ui.baselineId);
  const baselines = useOps(selectPlanBaselines);
  const [dialog, setDialog] = useState<'baseline' | 'milestone' | 'calendar' | null>(null);
  const projectEnd = analysis.ok && analysis.schedule.byId.size > 0 ? analysis.schedule.axis.dateAt(analysis.criticalPath.projectFinish - 1) : null;

  return (
    <div className="toolbar" role="toolbar" aria-label={t('timeline.toolbar')}>
      <select aria-label={t('timeline.zoom')} value={zoom} onChange={(e) => actions.setTimelineZoom(e.target.value as TimelineZoom)}>
        {TIMELINE_ZOOMS.map((z) => <option key={z} value={z}>{t(`timeline.zoom_${z}`)}</option>)}
      </select>
      <button type="button" onClick={onToday}>{t('timeline.today')}</button>
      <label className="checkbox">
        <input type="checkbox" checked={showCritical} onChange={(e) => onShowCritical(e.target.checked)} />
        {t('timeline.criticalPath')}
      </label>
      <select aria-label={t('timeline.baseline')} value={baselineId ?? ''} onChange={(e) => actions.showBaseline(e.target.value || null)}>
        <option value="">{t('timeline.noBaseline')}</option>
        {baselines.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
      </select>
      <button type="button" onClick={() => setDialog('baseline')}>{t('timeline.saveBaseline')}</button>
      <button type="button" onClick={() => setDialog('milestone')}>{t('timeline.addMilestone')}</button>
      <button type="button" onClick={() => setDialog('calendar')}>{t('timeline.calendar')}</button>
      <button type="button" onClick={onPrint}>{t('dashboard.print')}</button>
      {projectEnd && <span className="project-end">{t('timeline.projectEnd', { date: projectEnd })}</span>}
      {dialog === 'baseline' && <BaselineDialog planId={planId} onClose={() => setDialog(null)} />}
      {dialog === 'milestone' && <MilestoneDialog planId={planId} onClose={() => setDialog(null)} />}
      {dialog === 'calendar' && <CalendarDialog planId={planId} onClose={() => setDialog(null)} />}
    </div>
  );
}
