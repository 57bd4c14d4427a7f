/**
 * Memoises a derivation on inputs picked from state: recomputed only when one of the inputs
 * changes reference, so selectors return stable results and components skip re-renders.
 */
export function memoizeLast<S, I, R>(pick: (state: S) => I, derive: (input: I) => R): (state: S) => R {
  return memoizeInputs((state: S) => [pick(state)] as const, ([input]) => derive(input));
}

/**
 * As memoizeLast, on several inputs. `derive` also receives the previous inputs and result, so a
 * derivation can update its last result instead of starting over.
 */
export function memoizeInputs<S, I extends readonly unknown[], R>(pick: (state: S) => I, derive: (inputs: I, previous: { inputs: I; result: R } | null) => R): (state: S) => R {
  let previous: { inputs: I; result: R } | null = null;
  return (state) => {
    const inputs = pick(state);
    const last = previous;
    if (!last || inputs.length !== last.inputs.length || inputs.some((value, i) => value !== last.inputs[i])) {
      previous = { inputs, result: derive(inputs, last) };
    }
    return (previous as { inputs: I; result: R }).result;
  };
}
