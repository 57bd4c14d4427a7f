/** A seeded pseudo-random source in [0, 1), so a failing property test can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}
