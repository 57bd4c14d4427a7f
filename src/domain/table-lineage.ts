/**
 * Which records a change set touched, remembered per table version. Selectors that update their
 * last result (the board's cells, the plan's task lists) need the records that differ between the
 * table they saw and the current one; comparing two 10,000-record tables key by key costs more
 * than the rest of a drop. The patches already name those records, so applyPatches notes them here.
 *
 * Each table version points at its parent weakly: a chain of strong links would keep every table
 * ever copied alive for as long as the newest one is.
 */
type Step = { parent: WeakRef<object>; ids: readonly string[] };

const steps = new WeakMap<object, Step>();

/** Records that `child` is a copy of `parent` with the records `ids` created, updated or deleted. */
export function recordTableStep(parent: object, child: object, ids: readonly string[]): void {
  steps.set(child, { parent: new WeakRef(parent), ids });
}

/**
 * The ids of the records that may differ between `before` and `after`, when `after` descends from
 * `before` by change sets touching at most `limit` records in all; otherwise null, and the caller
 * compares the tables itself. Ids may name records that changed back, or that exist in neither.
 */
export function changedIdsSince(before: object, after: object, limit: number): string[] | null {
  const ids = new Set<string>();
  let table = after;
  while (table !== before) {
    const step = steps.get(table);
    const parent = step?.parent.deref();
    if (!step || !parent) return null;
    for (const id of step.ids) ids.add(id);
    if (ids.size > limit) return null;
    table = parent;
  }
  return [...ids];
}
