import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../src/domain/change-set';
import { buildDemoPlanPatches } from '../../../src/domain/demo-plan';
import { emptyEntityState } from '../../../src/domain/entities';
import { parseBackup } from '../../../src/domain/interchange/backup';
import { createBackup } from '../../../src/domain/interchange/backup-file';
import { replaceWorkspacePatches } from '../../../src/domain/replace-workspace';
import { ImportFailure } from '../../../src/domain/interchange/import-draft';

function demoState() {
  let n = 0;
  return applyPatches(emptyEntityState(), buildDemoPlanPatches('zh-CN', '2026-11-24', '2026-11-24T00:00:00Z', (p) => `${p}_${++n}`));
}

describe('backup and restore', () => {
  it('round-trips every record of every table', () => {
    const state = demoState();
    const { state: restored, counts } = parseBackup(createBackup(state, '2026-11-24T00:00:00Z'));
    expect(restored).toEqual(state);
    expect(counts.tasks).toBe(11);
    expect(counts.risks).toBe(2);
  });

  it('replaces the whole workspace in one change set that undoes', () => {
    const before = demoState();
    const other = { ...emptyEntityState(), plans: { plan_x: { ...Object.values(before.plans)[0]!, id: 'plan_x', name: 'Other' } } };
    const patches = replaceWorkspacePatches(before, other);
    expect(applyPatches(before, patches)).toEqual(other);
  });

  it('fills fields that older versions did not have, as the migrations do', () => {
    const state = demoState();
    const file = JSON.parse(createBackup(state, '')) as { tables: { tasks: Record<string, unknown>[] } };
    for (const task of file.tables.tasks) {
      delete task.recurrence;
      delete task.startedAt;
    }
    expect(Object.values(parseBackup(JSON.stringify(file)).state.tasks).every((t) => t.recurrence === null)).toBe(true);
  });

  it('refuses a bad file whole, naming the record and field', () => {
    const file = JSON.parse(createBackup(demoState(), '')) as { tables: { tasks: Record<string, unknown>[]; dependencies: Record<string, unknown>[] } };
    const badDate = structuredClone(file);
    (badDate.tables.tasks[3] as Record<string, unknown>).dueDate = '2026-02-30';
    expect(() => parseBackup(JSON.stringify(badDate))).toThrow(/invalid-record at tasks\[3\]\.dueDate/);
    const dangling = structuredClone(file);
    (dangling.tables.tasks[0] as Record<string, unknown>).columnId = 'col_missing';
    expect(() => parseBackup(JSON.stringify(dangling))).toThrow(/dangling-reference/);
    const loop = structuredClone(file);
    const [a, b] = loop.tables.dependencies as { fromId: string; toId: string; id: string; planId: string; type: string; lagDays: number }[];
    loop.tables.dependencies.push({ ...a!, id: 'dep_loop', fromId: b!.toId, toId: a!.fromId });
    expect(() => parseBackup(JSON.stringify(loop))).toThrow(ImportFailure);
    expect(() => parseBackup('{"format":"opsplan-backup","version":99,"tables":{}}')).toThrow(/unsupported-version/);
    expect(() => parseBackup('[1,2')).toThrow(/not-json/);
  });

  it('ignores prototype keys in a hostile backup', () => {
    const hostile = '{"format":"opsplan-backup","version":1,"exportedAt":"","tables":{"plans":[],"__proto__":{"polluted":1}},"constructor":{"prototype":{"polluted":1}}}';
    expect(Object.keys(parseBackup(hostile).state.plans)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
