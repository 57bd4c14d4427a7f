import { describe, expect, it } from 'vitest';
import { dropPlaceOf, dropTargetOf, type CardDragData, type CellDropData } from '../../../src/features/board/drop-target';

const card = (id: string, cell = 'c1|all', columnId = 'c1'): CardDragData => ({ type: 'card', id, cell, columnId, lane: 'all', laneLabel: null });
const cell = (key: string, columnId: string, lane = 'all'): CellDropData => ({ type: 'cell', cell: key, columnId, lane, laneLabel: null });

describe('drop targets', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('within a cell, takes the place of the card dropped on (down and up)', () => {
    expect(dropTargetOf('a', card('a'), card('c'), ids, 'none')).toMatchObject({ beforeId: 'c', afterId: 'd' });
    expect(dropTargetOf('d', card('d'), card('b'), ids, 'none')).toMatchObject({ beforeId: 'a', afterId: 'b' });
    expect(dropTargetOf('b', card('b'), card('b'), ids, 'none')).toBeNull();
  });

  it('into another column, goes before the card dropped on, or last on the cell itself', () => {
    const target = ['x', 'y'];
    expect(dropTargetOf('a', card('a'), card('y', 'c2|all', 'c2'), target, 'none')).toEqual({ columnId: 'c2', beforeId: 'x', afterId: 'y', laneFields: {} });
    expect(dropTargetOf('a', card('a'), cell('c2|all', 'c2'), target, 'none')).toEqual({ columnId: 'c2', beforeId: 'y', afterId: null, laneFields: {} });
    expect(dropTargetOf('a', card('a'), cell('c2|all', 'c2'), [], 'none')).toEqual({ columnId: 'c2', beforeId: null, afterId: null, laneFields: {} });
  });

  it('into another swimlane, carries the lane fields', () => {
    expect(dropTargetOf('a', card('a'), cell('c1|mem_2', 'c1', 'mem_2'), [], 'owner')?.laneFields).toEqual({ ownerId: 'mem_2' });
  });

  it('tell the place a drop would give the card, and how many cards its cell would then hold', () => {
    expect(dropPlaceOf('a', card('a'), card('a'), ids)).toEqual({ place: 1, count: 4 });
    expect(dropPlaceOf('a', card('a'), card('c'), ids)).toEqual({ place: 3, count: 4 });
    expect(dropPlaceOf('d', card('d'), card('b'), ids)).toEqual({ place: 2, count: 4 });
    expect(dropPlaceOf('a', card('a'), cell('c1|all', 'c1'), ids)).toEqual({ place: 4, count: 4 });
    const target = ['x', 'y'];
    expect(dropPlaceOf('a', card('a'), card('y', 'c2|all', 'c2'), target)).toEqual({ place: 2, count: 3 });
    expect(dropPlaceOf('a', card('a'), cell('c2|all', 'c2'), target)).toEqual({ place: 3, count: 3 });
    expect(dropPlaceOf('a', card('a'), cell('c2|all', 'c2'), [])).toEqual({ place: 1, count: 1 });
    // The place agrees with the move the drop makes.
    const move = dropTargetOf('a', card('a'), card('c'), ids, 'none');
    expect(ids.filter((id) => id !== 'a').indexOf(move!.beforeId!) + 2).toBe(3);
  });
});
