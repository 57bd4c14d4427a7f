import type { Dependency } from './dependency';

// The store hands over the same list of a plan's links until one of them changes, so a list is
// indexed once: each drag or redraw of the timeline then looks links up from the few tasks it
// touches instead of walking every link of the plan again.
const indexed = new WeakMap<readonly Dependency[], ReadonlyMap<string, readonly Dependency[]>>();

/** The links leaving each task, by task id. */
export function linksBySource(links: readonly Dependency[]): ReadonlyMap<string, readonly Dependency[]> {
  const known = indexed.get(links);
  if (known) return known;
  const index = new Map<string, Dependency[]>();
  for (const link of links) {
    const list = index.get(link.fromId);
    if (list) list.push(link);
    else index.set(link.fromId, [link]);
  }
  indexed.set(links, index);
  return index;
}
