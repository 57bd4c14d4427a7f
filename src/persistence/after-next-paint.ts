/**
 * Resolves once the browser has painted the current change, so work that copies a large change
 * set (IndexedDB's write, another tab's message) does not hold back the frame that shows it. A
 * hidden tab gets no frames, so a short timer bounds the wait either way.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    if (typeof requestAnimationFrame !== 'function' || document.hidden) return;
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
  });
}
