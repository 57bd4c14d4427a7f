import * as sortable from '@dnd-kit/sortable';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../helpers/render-app';

// What each mounted card was last handed by dnd-kit: a card's frame is memoised, so new pointer
// listeners for a card that does not move draw it again for nothing.
const listenersOf = new Map<string, unknown>();
vi.mock('@dnd-kit/sortable', async (importOriginal) => {
  const original = await importOriginal<typeof sortable>();
  return {
    ...original,
    useSortable: (args: Parameters<typeof original.useSortable>[0]) => {
      const result = original.useSortable(args);
      listenersOf.set(String(args.id), result.listeners);
      return result;
    },
  };
});

describe('dragging a card on the board', () => {
  it('leaves the other cards\u2019 pointer listeners as they were when a card is lifted and put back', async () => {
    const { user } = await renderApp();
    const input = screen.getByRole('textbox', { name: 'New card in To do' });
    for (const title of ['Market research', 'Weekly report', 'Budget review']) await user.type(input, `${title}{Enter}`);
    const cardIds = [...listenersOf.keys()];
    expect(cardIds).toHaveLength(3);
    const before = new Map(listenersOf);

    screen.getByRole('button', { name: 'Move card: Market research' }).focus();
    await user.keyboard(' ');
    expect(await screen.findByText(/^Card Market research is over To do\./)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(await screen.findByText('Moving card Market research was cancelled.')).toBeInTheDocument();

    // The board's drag provider re-rendered twice (lifted, put back); no card's listeners changed.
    for (const id of cardIds) expect(listenersOf.get(id)).toBe(before.get(id));
  });
});
