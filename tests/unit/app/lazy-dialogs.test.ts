import { describe, expect, it } from 'vitest';
import { preloadDialogs } from '../../../src/app/lazy-dialogs';

describe('preloadDialogs', () => {
  it('starts one dialog per turn, so an idle period carries one fetch, and finishes after the last', async () => {
    const turns: (() => void)[] = [];
    let finished = false;
    const preloading = preloadDialogs(() => new Promise<void>((resolve) => turns.push(resolve))).then(() => {
      finished = true;
    });
    for (let turn = 1; turn <= 5; turn++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      // The next dialog waits for its own turn.
      expect(turns).toHaveLength(turn);
      expect(finished).toBe(false);
      turns[turn - 1]?.();
    }
    await preloading;
    expect(turns).toHaveLength(5);
    expect(finished).toBe(true);
  });
});
