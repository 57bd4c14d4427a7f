import type { Schedule } from './schedule';

export type CriticalPath = {
  /** Total float in working days per task: how far it can slip without moving the project end. */
  floatById: Map<string, number>;
  critical: Set<string>;
  /** Index on the working-day axis just after the last scheduled work ends. */
  projectFinish: number;
};

/** Backward pass over a schedule (forward dates as placed): latest finishes, float, critical tasks. */
export function computeCriticalPath(schedule: Schedule): CriticalPath {
  let projectFinish = 0;
  for (const task of schedule.byId.values()) projectFinish = Math.max(projectFinish, task.start + task.duration);
  const latestFinish = new Map<string, number>();
  for (const id of [...schedule.order].reverse()) {
    const task = schedule.byId.get(id);
    if (!task) continue;
    let lf = projectFinish;
    for (const link of schedule.successors.get(id) ?? []) {
      const succ = schedule.byId.get(link.toId);
      const succLf = latestFinish.get(link.toId);
      if (!succ || succLf === undefined) continue;
      const succLs = succLf - succ.duration;
      switch (link.type) {
        case 'FS': lf = Math.min(lf, succLs - link.lagDays); break;
        case 'SS': lf = Math.min(lf, succLs - link.lagDays + task.duration); break;
        case 'FF': lf = Math.min(lf, succLf - link.lagDays); break;
        case 'SF': lf = Math.min(lf, succLf - link.lagDays + task.duration); break;
      }
    }
    latestFinish.set(id, lf);
  }
  const floatById = new Map<string, number>();
  const critical = new Set<string>();
  for (const task of schedule.byId.values()) {
    const float = (latestFinish.get(task.id) ?? projectFinish) - task.duration - task.start;
    floatById.set(task.id, float);
    if (float <= 0) critical.add(task.id);
  }
  return { floatById, critical, projectFinish };
}
