/**
 * Ends the pointer's hover on bars about to be removed. 200 ms after the pointer enters a bar,
 * frappe-gantt (1.2.2) looks up that bar's date highlight in the header to show it; a bar removed
 * before then (scrolled out of the drawn rows, re-sorted by a drop, redrawn by a zoom) left a timer
 * that found no highlight and threw — the "Something went wrong" notice. Its own mouseleave
 * handler cancels the timer and hides the highlight, so it is run while the highlight still exists.
 * Only a hovered bar can have that timer pending.
 */
export function endBarHover(groups: Iterable<Element>): void {
  for (const group of groups) if (group.matches(':hover')) group.dispatchEvent(new MouseEvent('mouseleave'));
}
