/** Ids reachable from the seeds by following `next` (the seeds included), each once, depth first; stops when the caller does. */
export function* reachableIds(seeds: Iterable<string>, next: (id: string) => Iterable<string>): Generator<string> {
  const reached = new Set<string>();
  const stack = [...seeds];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (reached.has(id)) continue;
    reached.add(id);
    yield id;
    for (const following of next(id)) stack.push(following);
  }
}
