/**
 * How many events fell on each key (a day, or a number of days). Kept by adding and removing, so
 * one task's change costs one update; readers get the keys in order and running totals.
 */
export class DayCounter<K extends string | number = string> {
  private readonly counts = new Map<K, number>();
  private sortedKeys: K[] | null = null;
  /** The number of events counted, over all keys. */
  total = 0;

  add(key: K, delta = 1): void {
    const before = this.counts.get(key);
    const after = (before ?? 0) + delta;
    this.total += delta;
    if (after === 0) {
      this.counts.delete(key);
      this.sortedKeys = null;
    } else {
      if (before === undefined) this.sortedKeys = null;
      this.counts.set(key, after);
    }
  }

  /** Keys in ascending order with their counts. */
  entries(): [K, number][] {
    this.sortedKeys ??= [...this.counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return this.sortedKeys.map((key) => [key, this.counts.get(key) as number]);
  }

  first(): K | undefined {
    return this.entries()[0]?.[0];
  }

  last(): K | undefined {
    return this.entries().at(-1)?.[0];
  }

  /** A cursor answering "how many up to and including this key", for keys asked in ascending order. */
  runningTotal(): (upTo: K) => number {
    const entries = this.entries();
    let index = 0;
    let sum = 0;
    return (upTo) => {
      for (let entry = entries[index]; entry !== undefined && entry[0] <= upTo; entry = entries[++index]) sum += entry[1];
      return sum;
    };
  }
}

export function countDays<K extends string | number>(keys: Iterable<K>): DayCounter<K> {
  const counter = new DayCounter<K>();
  for (const key of keys) counter.add(key);
  return counter;
}
