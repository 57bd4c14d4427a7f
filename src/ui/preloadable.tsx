import { lazy, type ComponentType } from 'react';

/**
 * A component whose code loads on first use, and can be fetched ahead of it. Once its code is in,
 * it renders directly. React.lazy alone suspends on the first render even when the code is at
 * hand, and React holds a revealed Suspense boundary back for up to 300 ms after its fallback —
 * a dialog or a view would open that much late.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Offline before the code was cached, say: the next attempt fetches again.
        loading = null;
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    const Component = loaded ?? Suspending;
    return <Component {...props} />;
  }
  return { Component: Preloadable, preload };
}
