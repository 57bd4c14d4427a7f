import { lazy, type ComponentType } from 'react';
import type { ViewName } from '../store/ops-state';

type ViewProps = { planId: string };
type LoadedView = ComponentType<ViewProps>;

/**
 * A view whose code loads on first use, and can be fetched ahead: at start for the view in the
 * address, on hover or focus of its tab. Once its code is in, it renders directly. React.lazy
 * alone suspends on the first render even when the code is at hand, and React holds a revealed
 * Suspense boundary back for up to 300 ms after its fallback — that alone made the timeline
 * open about 0.3 s late.
 */
function preloadableView(load: () => Promise<LoadedView>) {
  let loaded: LoadedView | null = null;
  let loading: Promise<LoadedView> | null = null;
  const preload = (): Promise<LoadedView> =>
    (loading ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        // Offline before the code was cached, say: the next attempt fetches again.
        loading = null;
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then((view) => ({ default: view })));
  function PreloadableView(props: ViewProps) {
    const View = loaded ?? Suspending;
    return <View {...props} />;
  }
  return { View: PreloadableView, preload };
}

// Views other than the board load when first opened, keeping the first screen small.
const PRELOADABLE_VIEWS = {
  timeline: preloadableView(() => import('../features/timeline/timeline-view').then((m) => m.TimelineView)),
  dashboard: preloadableView(() => import('../features/dashboard/dashboard-view').then((m) => m.DashboardView)),
  goals: preloadableView(() => import('../features/goals/goals-view').then((m) => m.GoalsView)),
  raci: preloadableView(() => import('../features/raci/raci-view').then((m) => m.RaciView)),
  risks: preloadableView(() => import('../features/risks/risks-view').then((m) => m.RisksView)),
  reviews: preloadableView(() => import('../features/reviews/reviews-view').then((m) => m.ReviewsView)),
} as const;

type LazyViewName = keyof typeof PRELOADABLE_VIEWS;

export const LAZY_VIEWS = Object.fromEntries(Object.entries(PRELOADABLE_VIEWS).map(([name, { View }]) => [name, View])) as Record<LazyViewName, ComponentType<ViewProps>>;

/**
 * Starts fetching a view's code, resolving once it is in; a failure here is left to the view's
 * own render to report.
 */
export function preloadView(view: ViewName): Promise<void> {
  if (view === 'board') return Promise.resolve();
  return PRELOADABLE_VIEWS[view].preload().then(() => undefined, () => undefined);
}
