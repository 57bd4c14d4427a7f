import { describe, expect, it } from 'vitest';
import { applyPatches, type Patch } from '../../../src/domain/change-set';
import { emptyEntityState } from '../../../src/domain/entities';
import type { Member } from '../../../src/domain/member';
import { changedIdsSince } from '../../../src/domain/table-lineage';

const member = (id: string, name = id): Member => ({ id, name, role: '', skills: [], weeklyCapacityHours: 40 });
const create = (id: string): Patch => ({ table: 'members', op: 'create', id, value: member(id) });
const rename = (id: string, name: string): Patch => ({ table: 'members', op: 'update', id, fields: { name }, previous: { name: id } });

describe('table lineage', () => {
  it('names the records touched by every change set between two versions of a table', () => {
    const start = applyPatches(emptyEntityState(), [create('a'), create('b'), create('c')]);
    const renamed = applyPatches(start, [rename('a', 'A')]);
    const removed = applyPatches(renamed, [{ table: 'members', op: 'delete', id: 'b', previous: member('b') }, create('d')]);
    expect(changedIdsSince(start.members, removed.members, 10)?.sort()).toEqual(['a', 'b', 'd']);
    expect(changedIdsSince(renamed.members, removed.members, 10)?.sort()).toEqual(['b', 'd']);
    expect(changedIdsSince(removed.members, removed.members, 10)).toEqual([]);
  });

  it('answers null when the tables are not related, or when more records changed than asked for', () => {
    const one = applyPatches(emptyEntityState(), [create('a')]);
    const other = applyPatches(emptyEntityState(), [create('a')]);
    expect(changedIdsSince(one.members, other.members, 10)).toBeNull();
    // Backwards is not a descent either.
    const later = applyPatches(one, [rename('a', 'A')]);
    expect(changedIdsSince(later.members, one.members, 10)).toBeNull();
    const many = applyPatches(one, [create('b'), create('c'), create('d')]);
    expect(changedIdsSince(one.members, many.members, 2)).toBeNull();
    expect(changedIdsSince(one.members, many.members, 3)?.sort()).toEqual(['b', 'c', 'd']);
  });

  it('leaves tables no patch touched out of the lineage', () => {
    const one = applyPatches(emptyEntityState(), [create('a')]);
    const two = applyPatches(one, [rename('a', 'A')]);
    expect(two.tasks).toBe(one.tasks);
    expect(changedIdsSince(one.tasks, two.tasks, 10)).toEqual([]);
  });
});
