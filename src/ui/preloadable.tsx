import { useEffect, useState, type ComponentType } from 'react';
import { CodeLoadError } from './code-load-boundary';

const NOTHING = () => null;

/**
 * A component whose code loads on first use, and can be fetched ahead of it. Until its code is in,
 * it draws `Fallback` (nothing by default); once it is, the component itself. A failed fetch is
 * thrown to the nearest error boundary as a CodeLoadError, and the next mount fetches again.
 *
 * It does not suspend, on purpose: React holds a revealed Suspense boundary back for up to 300 ms
 * after its fallback was shown, so a view or a dialog whose code came in just after the fallback
 * was drawn opened that much late (in a trace of a cold open of the timeline at 10,000 tasks, the
 * chart waited 131 ms on that timer alone). Here the code's arrival is an ordinary update, drawn at once.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>, Fallback: ComponentType = NOTHING) {
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
  function Preloadable(props: P) {
    const [, setArrived] = useState(false);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (loaded) return;
      let mounted = true;
      preload().then(
        () => mounted && setArrived(true),
        (error: unknown) => mounted && setFailure({ error }),
      );
      return () => {
        mounted = false;
      };
    }, []);
    if (failure) throw new CodeLoadError(failure.error);
    const Component = loaded;
    return Component ? <Component {...props} /> : <Fallback />;
  }
  return { Component: Preloadable, preload };
}
