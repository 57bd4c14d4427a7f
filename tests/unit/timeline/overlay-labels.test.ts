import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Dependency } from '../../../src/domain/dependency';
import { buildTask } from '../../../src/domain/task-factory';
import { overlayLabeller } from '../../../src/features/timeline/overlay-labels';

const t = vi.fn((key: string, values: Record<string, unknown>) => `${key}: ${Object.values(values).join(' | ')}`) as unknown as TFunction & ReturnType<typeof vi.fn>;
const task = (id: string, title: string) => buildTask({ id, planId: 'p', columnId: 'c', rank: 'a0', title, createdAt: '', startDate: '2026-03-02', dueDate: '2026-03-04' });
const link: Dependency = { id: 'dep_1', planId: 'p', fromId: 'a', toId: 'b', type: 'FS', lagDays: 1 };

describe('labels of the bars and links on the timeline', () => {
  it('words each record once, and again when it is replaced', () => {
    const labels = overlayLabeller(t);
    const a = task('a', 'Brief');
    expect(labels.bar(a)).toBe('timeline.barLabel: Brief | 2026-03-02 | 2026-03-04');
    expect(labels.bar(a)).toBe('timeline.barLabel: Brief | 2026-03-02 | 2026-03-04');
    expect(t).toHaveBeenCalledTimes(1);
    expect(labels.bar({ ...a, title: 'Launch', isMilestone: true })).toBe('timeline.milestoneLabel: Launch | 2026-03-02 | 2026-03-04');
    expect(t).toHaveBeenCalledTimes(2);
  });

  it('words a link again when either of its tasks changed', () => {
    t.mockClear();
    const labels = overlayLabeller(t);
    const [a, b] = [task('a', 'Brief'), task('b', 'Launch')];
    expect(labels.link(link, a, b)).toBe('timeline.linkLabel: Brief | Launch | FS | 1');
    labels.link(link, a, b);
    expect(t).toHaveBeenCalledTimes(1);
    expect(labels.link(link, a, { ...b, title: 'Go live' })).toBe('timeline.linkLabel: Brief | Go live | FS | 1');
    expect(t).toHaveBeenCalledTimes(2);
  });
});
