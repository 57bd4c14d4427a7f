import { describe, expect, it } from 'vitest';
import { selectTimelineAnalysis } from '../../../src/store/timeline-selectors';
import { warmTimeline } from '../../../src/features/timeline/warm-timeline';
import { createStoreWithPlan } from '../../helpers/test-store';

const now = () => Promise.resolve();

describe('warmTimeline', () => {
  it("works out the active plan's schedule ahead, and the view's own call finds that very result", async () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const first = actions.addTask(planId, columns[0]!.id, 'Order parts')!;
    const second = actions.addTask(planId, columns[0]!.id, 'Assemble')!;
    actions.updateTask(second, { startDate: '2026-12-01', dueDate: '2026-12-02' });
    actions.updateTask(first, { startDate: '2026-12-01', dueDate: '2026-12-03' });
    expect(actions.addDependency(planId, first, second, 'FS', 0)).toBe(true);

    const warmed = await warmTimeline(now);
    if (!warmed.ok) throw new Error('no schedule was worked out');
    // Assemble waits for the parts: it comes after them and starts once they are done, and
    // with nothing else in the plan both are critical.
    expect(warmed.schedule.order).toEqual([first, second]);
    const parts = warmed.schedule.byId.get(first)!;
    expect(warmed.schedule.byId.get(second)?.start).toBe(parts.start + parts.duration);
    expect([...warmed.criticalPath.critical].sort()).toEqual([first, second].sort());
    expect(selectTimelineAnalysis(store.getState())).toBe(warmed);
  });

  it('works out a change made since from the warmed result, not from scratch', async () => {
    const { store, actions, planId, columns } = createStoreWithPlan();
    const task = actions.addTask(planId, columns[0]!.id, 'Order parts')!;
    actions.updateTask(task, { startDate: '2026-12-01', dueDate: '2026-12-03' });
    const warmed = await warmTimeline(now);
    actions.updateTask(task, { title: 'Order spare parts' });
    // A title is not a date: the schedule is the warmed one, kept as it was.
    const after = selectTimelineAnalysis(store.getState());
    expect(after.ok && warmed.ok && after.schedule).toBe(warmed.ok && warmed.schedule);
  });
});
