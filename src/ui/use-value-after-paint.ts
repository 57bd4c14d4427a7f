import { startTransition, useEffect, useState } from 'react';

/**
 * The value as it was before its latest change until the browser has painted once, then the new
 * one, rendered as a transition. For costly parts of a view (charts): what changed elsewhere on
 * the screen shows in the very next frame instead of waiting for them. Changes in quick
 * succession are drawn once.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from an animation frame runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
