/**
 * Memoises a derivation on inputs picked from state: recomputed only when one of the inputs
 * changes reference, so selectors return stable results and components skip re-renders.
 */
export function memoizeLast<S, I, R>(pick: (state: S) => I, derive: (input: I) => R): (state: S) => R {
  return memoizeInputs((state: S) => [pick(state)] as const, ([input]) => derive(input));
}

export function memoizeInputs<S, I extends readonly unknown[], R>(pick: (state: S) => I, derive: (inputs: I) => R): (state: S) => R {
  let lastInputs: I | null = null;
  let lastResult!: R;
  return (state) => {
    const inputs = pick(state);
    if (!lastInputs || inputs.length !== lastInputs.length || inputs.some((value, i) => value !== lastInputs?.[i])) {
      lastResult = derive(inputs);
      lastInputs = inputs;
    }
    return lastResult;
  };
}
