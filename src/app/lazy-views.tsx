import type { ComponentType } from 'react';
import type { ViewName } from '../store/ops-state';
import { preloadable } from '../ui/preloadable';

type ViewProps = { planId: string };

// Views other than the board load when first opened, keeping the first screen small; each is
// fetched ahead at start when it is the view in the address, and on hover or focus of its tab.
const PRELOADABLE_VIEWS = {
  timeline: preloadable<ViewProps>(() => import('../features/timeline/timeline-view').then((m) => m.TimelineView)),
  dashboard: preloadable<ViewProps>(() => import('../features/dashboard/dashboard-view').then((m) => m.DashboardView)),
  goals: preloadable<ViewProps>(() => import('../features/goals/goals-view').then((m) => m.GoalsView)),
  raci: preloadable<ViewProps>(() => import('../features/raci/raci-view').then((m) => m.RaciView)),
  risks: preloadable<ViewProps>(() => import('../features/risks/risks-view').then((m) => m.RisksView)),
  reviews: preloadable<ViewProps>(() => import('../features/reviews/reviews-view').then((m) => m.ReviewsView)),
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
