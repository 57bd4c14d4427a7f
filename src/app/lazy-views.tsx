import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewName } from '../store/ops-state';
import { loadMoreStrings } from '../i18n/more-strings';
import { idlePeriod } from '../persistence/idle-period';
import { preloadable } from '../ui/preloadable';

type ViewProps = { planId: string };

/** What the main area shows while a view's code arrives. */
function ViewLoading() {
  const { t } = useTranslation();
  return <p className="loading">{t('app.loading')}</p>;
}

/** A view's code, ready once its English words are in too. */
function viewWithWords(load: () => Promise<ComponentType<ViewProps>>) {
  return preloadable<ViewProps>(() => Promise.all([load(), loadMoreStrings()]).then(([view]) => view), ViewLoading);
}

// Views other than the board load when first opened, keeping the first screen small; each is
// fetched ahead at start when it is the view in the address, and on hover or focus of its tab.
const PRELOADABLE_VIEWS = {
  // Fetched on hover or focus of its tab: the plan's schedule is worked out while the pointer
  // is on its way to the click (see warmTimeline).
  timeline: viewWithWords(() => import('../features/timeline/timeline-view').then((m) => (void m.warmTimeline(() => idlePeriod({ timeoutMs: 1000 })), m.TimelineView))),
  dashboard: viewWithWords(() => import('../features/dashboard/dashboard-view').then((m) => m.DashboardView)),
  goals: viewWithWords(() => import('../features/goals/goals-view').then((m) => m.GoalsView)),
  raci: viewWithWords(() => import('../features/raci/raci-view').then((m) => m.RaciView)),
  risks: viewWithWords(() => import('../features/risks/risks-view').then((m) => m.RisksView)),
  reviews: viewWithWords(() => import('../features/reviews/reviews-view').then((m) => m.ReviewsView)),
} as const;

type LazyViewName = keyof typeof PRELOADABLE_VIEWS;

export const LAZY_VIEWS = Object.fromEntries(Object.entries(PRELOADABLE_VIEWS).map(([name, { Component }]) => [name, Component])) as Record<LazyViewName, ComponentType<ViewProps>>;

/**
 * Starts fetching a view's code, resolving once it is in; a failure here is left to the view's
 * own render to report.
 */
export function preloadView(view: ViewName): Promise<void> {
  if (view === 'board') return Promise.resolve();
  return PRELOADABLE_VIEWS[view].preload().then(() => undefined, () => undefined);
}
