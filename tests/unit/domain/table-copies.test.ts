import { describe, expect, it } from 'vitest';
import { applyPatches, type Patch } from '../../../src/domain/change-set';
import { emptyEntityState } from '../../../src/domain/entities';
import type { Member } from '../../../src/domain/member';
import { hasTableCopy, prepareTableCopy } from '../../../src/domain/table-copies';

const member = (id: string, name = id): Member => ({ id, name, role: '', skills: [], weeklyCapacityHours: 40 });
const create = (id: string): Patch => ({ table: 'members', op: 'create', id, value: member(id) });
const rename = (id: string, name: string): Patch => ({ table: 'members', op: 'update', id, fields: { name }, previous: { name: id } });

describe('table copies made ahead', () => {
  it('gives the next change the prepared copy, and the change set the same result as without one', () => {
    const start = applyPatches(emptyEntityState(), [create('a'), create('b')]);
    const unprepared = applyPatches(start, [rename('a', 'A'), create('c')]);
    prepareTableCopy(start.members);
    expect(hasTableCopy(start.members)).toBe(true);
    const prepared = applyPatches(start, [rename('a', 'A'), create('c')]);
    expect(prepared.members).toEqual(unprepared.members);
    // The copy is used once: the table it copies is left as it was, and has no copy waiting.
    expect(hasTableCopy(start.members)).toBe(false);
    expect(start.members).toEqual({ a: member('a'), b: member('b') });
    expect(prepared.members).not.toBe(start.members);
  });

  it('never hands one copy to two changes of the same table', () => {
    const start = applyPatches(emptyEntityState(), [create('a')]);
    prepareTableCopy(start.members);
    const one = applyPatches(start, [rename('a', 'One')]);
    const two = applyPatches(start, [rename('a', 'Two')]);
    expect(one.members).not.toBe(two.members);
    expect(one.members.a?.name).toBe('One');
    expect(two.members.a?.name).toBe('Two');
  });

  it('keeps the copy already waiting when asked again, so a later change still finds an exact copy', () => {
    const start = applyPatches(emptyEntityState(), [create('a')]);
    prepareTableCopy(start.members);
    prepareTableCopy(start.members);
    const next = applyPatches(start, [create('b')]);
    expect(Object.keys(next.members).sort()).toEqual(['a', 'b']);
    expect(Object.keys(start.members)).toEqual(['a']);
  });
});
