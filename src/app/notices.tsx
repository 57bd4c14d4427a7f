import { useTranslation } from 'react-i18next';
import { useOps, useOpsActions } from '../store/bound-store';
import { NoticeList } from '../ui/notice-list';

export function Notices() {
  const { t } = useTranslation();
  const notices = useOps((s) => s.ui.notices);
  const { dismissNotice } = useOpsActions();
  const views = notices.map((n) => ({ id: n.id, kind: n.kind, text: n.detail ? t(n.key, { detail: n.detail }) : t(n.key, { detail: '' }) }));
  return <NoticeList notices={views} dismissLabel={t('common.dismiss')} onDismiss={dismissNotice} />;
}
