import { useEffect, useState, type RefObject } from 'react';
import { HEADER_HEIGHT } from './gantt-chart';

type Viewport = { scrollTop: number; height: number };

/**
 * Which rows a scroll container shows: the first one, how many fit, and how far the first is
 * scrolled out of view. The content stays in a sticky viewport and is re-fed per row step.
 */
export function useViewportRows(scroller: RefObject<HTMLElement | null>, total: number, rowHeight: number) {
  const [state, setState] = useState<Viewport>({ scrollTop: 0, height: 600 });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setState((current) => viewportOf(el, current)));
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [scroller]);
  const first = Math.min(Math.floor(state.scrollTop / rowHeight), Math.max(0, total - 1));
  const count = Math.ceil((state.height - HEADER_HEIGHT) / rowHeight) + 2;
  return { first, count, offset: state.scrollTop - first * rowHeight, height: state.height };
}

/**
 * The container's viewport now: the same object while nothing changed (the observer's first call,
 * a resize that leaves the height as it was), so React skips the render.
 */
function viewportOf(el: HTMLElement, current: Viewport): Viewport {
  const next = { scrollTop: el.scrollTop, height: Math.max(200, el.clientHeight) };
  return next.scrollTop === current.scrollTop && next.height === current.height ? current : next;
}
