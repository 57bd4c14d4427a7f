import { useTranslation } from 'react-i18next';
import { BoardView } from '../features/board/board-view';
import { useOps } from '../store/bound-store';
import type { ViewName } from '../store/ops-state';
import { AppHeader } from './app-header';
import { EmptyWorkspace } from './empty-workspace';
import { TaskEditorDialog } from './lazy-dialogs';
import { LAZY_VIEWS } from './lazy-views';
import { Notices } from './notices';
import { ViewErrorBoundary } from './view-error-boundary';
import { useHistoryShortcuts } from './use-history-shortcuts';

/** The frame around the three views: header, the active view, the card editor and notices. */
export function AppShell() {
  const { t } = useTranslation();
  const hydrated = useOps((s) => s.ui.hydrated);
  const planId = useOps((s) => (s.ui.activePlanId && s.data.plans[s.ui.activePlanId] ? s.ui.activePlanId : null));
  const view = useOps((s) => s.ui.view);
  const editingTaskId = useOps((s) => s.ui.editingTaskId);
  useHistoryShortcuts();

  return (
    <div className="app">
      <AppHeader />
      <main id="main" className="main" aria-busy={!hydrated}>
        {!hydrated ? <p className="loading">{t('app.loading')}</p>
          : !planId ? <EmptyWorkspace />
          : (
            <ViewErrorBoundary key={`${view}:${planId}`} title={t(`view.${view}`)}>
              <ActiveView view={view} planId={planId} />
            </ViewErrorBoundary>
          )}
      </main>
      {editingTaskId && <TaskEditorDialog taskId={editingTaskId} />}
      <Notices />
    </div>
  );
}

function ActiveView({ view, planId }: { view: ViewName; planId: string }) {
  if (view === 'board') return <BoardView planId={planId} />;
  // Says it is loading until its code is in (see preloadable).
  const View = LAZY_VIEWS[view];
  return <View planId={planId} />;
}
