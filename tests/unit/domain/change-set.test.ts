import { describe, expect, it } from 'vitest';
import { applyPatches, diffUpdate, invertPatches, type Patch } from '../../../src/domain/change-set';
import { emptyEntityState } from '../../../src/domain/entities';
import type { Member } from '../../../src/domain/member';

const ana: Member = { id: 'mem_a', name: 'Ana', role: 'Analyst', skills: [], weeklyCapacityHours: 40 };

describe('change sets', () => {
  it('applies creates, field updates and deletes without touching other tables', () => {
    const start = emptyEntityState();
    const created = applyPatches(start, [{ table: 'members', op: 'create', id: ana.id, value: ana }]);
    expect(created.members.mem_a).toEqual(ana);
    expect(created.tasks).toBe(start.tasks);

    const renamed = applyPatches(created, [{ table: 'members', op: 'update', id: 'mem_a', fields: { name: 'Ana B' }, previous: { name: 'Ana' } }]);
    expect(renamed.members.mem_a).toEqual({ ...ana, name: 'Ana B' });
    expect(created.members.mem_a?.name).toBe('Ana');

    const deleted = applyPatches(renamed, [{ table: 'members', op: 'delete', id: 'mem_a', previous: renamed.members.mem_a as Member }]);
    expect(deleted.members).toEqual({});
  });

  it('drops an update for a record that no longer exists instead of creating half a record', () => {
    const state = applyPatches(emptyEntityState(), [{ table: 'members', op: 'update', id: 'mem_x', fields: { name: 'X' }, previous: { name: 'Y' } }]);
    expect(state.members).toEqual({});
  });

  it('inverts a change set so that applying both returns the original state', () => {
    const before = applyPatches(emptyEntityState(), [{ table: 'members', op: 'create', id: ana.id, value: ana }]);
    const patches: Patch[] = [
      { table: 'members', op: 'update', id: 'mem_a', fields: { name: 'Ana B', weeklyCapacityHours: 20 }, previous: { name: 'Ana', weeklyCapacityHours: 40 } },
      { table: 'members', op: 'create', id: 'mem_b', value: { ...ana, id: 'mem_b', name: 'Bo' } },
    ];
    const after = applyPatches(before, patches);
    expect(applyPatches(after, invertPatches(patches))).toEqual(before);
  });

  it('diffs an update down to the fields that change, and to nothing for a no-op', () => {
    expect(diffUpdate('members', ana, { name: 'Ana', skills: [] })).toBeNull();
    expect(diffUpdate('members', ana, { name: 'Ana', skills: ['sql'], role: undefined })).toEqual({
      table: 'members', op: 'update', id: 'mem_a', fields: { skills: ['sql'] }, previous: { skills: [] },
    });
  });
});
