import { describe, expect, it } from 'vitest';
import { buildTask } from '../../../src/domain/task-factory';
import { changedTaskFields, draftFromTask, parseTaskDraft } from '../../../src/domain/task-draft';

const task = buildTask({ id: 'task_1', planId: 'p', columnId: 'c', rank: 'a0', title: 'Research', createdAt: '' });

describe('task editor drafts', () => {
  it('round-trips a task through the editor unchanged', () => {
    const { fields, errors } = parseTaskDraft(draftFromTask(task));
    expect(errors).toEqual({});
    expect({ ...task, ...fields }).toEqual(task);
  });

  it('names each field that cannot be used', () => {
    const draft = { ...draftFromTask(task), title: ' ', startDate: '2026-12-05', dueDate: '2026-12-01', estimateHours: 'abc', actualCost: '-5', progress: '150' };
    expect(parseTaskDraft(draft).errors).toEqual({ title: 'required', dueDate: 'dueBeforeStart', estimateHours: 'notNumber', actualCost: 'negative', progress: 'percent' });
    expect(parseTaskDraft({ ...draftFromTask(task), dueDate: '2026-02-31' }).errors).toEqual({ dueDate: 'invalidDate' });
  });

  it('splits tags on ASCII and Chinese commas, drops blanks and duplicates, strips control characters', () => {
    const { fields } = parseTaskDraft({ ...draftFromTask(task), tags: 'ads, 活动，ads, ,\u0007x', title: 'A\u0000B' });
    expect(fields.tags).toEqual(['ads', '活动', 'x']);
    expect(fields.title).toBe('AB');
  });

  it('gives a milestone with only a start date that same day as its due date', () => {
    const { fields } = parseTaskDraft({ ...draftFromTask(task), isMilestone: true, startDate: '2026-12-01' });
    expect(fields.dueDate).toBe('2026-12-01');
  });

  it('saves only the fields the user changed, so another tab’s edit of other fields survives', () => {
    const initial = draftFromTask(task);
    expect(changedTaskFields(initial, { ...initial, priority: 'urgent', tags: 'ads, 广告' }).fields).toEqual({ priority: 'urgent', tags: ['ads', '广告'] });
    expect(changedTaskFields(initial, initial).fields).toEqual({});
    expect(changedTaskFields(initial, { ...initial, dueDate: '2026-02-30' }).errors).toEqual({ dueDate: 'invalidDate' });
    expect(changedTaskFields(initial, { ...initial, repeat: 'week', repeatEvery: '2' }).fields).toEqual({ recurrence: { unit: 'week', interval: 2 } });
  });
});
