import { XMLBuilder } from 'fast-xml-parser';
import { countWorkingDays, workingDayTest, STANDARD_CALENDAR } from '../calendar';
import type { EntityState } from '../entities';
import { cleanText } from '../schema-primitives';
import { MSPDI_LINK_TYPES } from './mspdi-import';
import { planOutline } from './plan-outline';

const MINUTES_PER_DAY = 480;

/** The plan as MS Project XML: outline, milestones, links with lag in tenths of minutes, people and assignments. */
export function planToMspdi(state: EntityState, planId: string): string {
  const plan = state.plans[planId];
  const isWorking = workingDayTest(plan?.calendar ?? STANDARD_CALENDAR);
  const outline = planOutline(state, planId);
  const uidOf = new Map(outline.map(({ task }, i) => [task.id, i + 1]));
  const people = [...new Set(outline.map(({ task }) => task.ownerId).filter((id): id is string => !!id && !!state.members[id]))];
  const resourceUid = new Map(people.map((id, i) => [id, i + 1]));
  const predecessors = new Map<string, object[]>();
  for (const d of Object.values(state.dependencies)) {
    if (d.planId !== planId || !uidOf.has(d.fromId) || !uidOf.has(d.toId)) continue;
    predecessors.set(d.toId, [...(predecessors.get(d.toId) ?? []), { PredecessorUID: uidOf.get(d.fromId), Type: MSPDI_LINK_TYPES.indexOf(d.type), LinkLag: d.lagDays * MINUTES_PER_DAY * 10, LagFormat: 7 }]);
  }
  const tasks = outline.map(({ task, depth, hasChildren }) => {
    const days = task.startDate && task.dueDate && !task.isMilestone ? countWorkingDays(isWorking, task.startDate, task.dueDate) : 0;
    return {
      UID: uidOf.get(task.id), ID: uidOf.get(task.id), Name: xmlText(task.title), OutlineLevel: depth + 1,
      ...(task.startDate ? { Start: `${task.startDate}T08:00:00`, Finish: `${task.dueDate ?? task.startDate}T${task.isMilestone ? '08' : '17'}:00:00` } : {}),
      Duration: `PT${days * 8}H0M0S`, DurationFormat: 7, Milestone: task.isMilestone ? 1 : 0, Summary: hasChildren ? 1 : 0, PercentComplete: task.progress,
      ...(task.estimateHours !== null ? { Work: `PT${task.estimateHours}H0M0S` } : {}),
      ...(task.description ? { Notes: xmlText(task.description) } : {}),
      ...(predecessors.has(task.id) ? { PredecessorLink: predecessors.get(task.id) } : {}),
    };
  });
  const builder = new XMLBuilder({ format: true, ignoreAttributes: false, attributeNamePrefix: '@', suppressEmptyNode: true });
  const body = builder.build({
    Project: {
      '@xmlns': 'http://schemas.microsoft.com/project',
      Name: `${xmlText(plan?.name ?? 'plan')}.xml`, Title: xmlText(plan?.name ?? ''), ...(plan?.startDate ? { StartDate: `${plan.startDate}T08:00:00` } : {}),
      MinutesPerDay: MINUTES_PER_DAY, MinutesPerWeek: MINUTES_PER_DAY * 5, DaysPerMonth: 20,
      Tasks: { Task: tasks },
      Resources: { Resource: people.map((id) => ({ UID: resourceUid.get(id), ID: resourceUid.get(id), Name: xmlText(state.members[id]?.name ?? '') })) },
      Assignments: {
        Assignment: outline.filter(({ task }) => task.ownerId && resourceUid.has(task.ownerId)).map(({ task }, i) => ({ UID: i + 1, TaskUID: uidOf.get(task.id), ResourceUID: resourceUid.get(task.ownerId as string) })),
      },
    },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

/** Text as XML 1.0 allows it: control characters removed (the builder escapes &, < and >). */
function xmlText(value: string): string {
  return cleanText(value);
}
