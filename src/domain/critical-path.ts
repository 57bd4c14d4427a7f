import type { Dependency } from './dependency';
import type { Schedule, ScheduledTask } from './schedule';

export type CriticalPath = {
  /** Total float in working days per task: how far it can slip without moving the project end. */
  floatById: Map<string, number>;
  critical: Set<string>;
  /** Index on the working-day axis just after the last scheduled work ends. */
  projectFinish: number;
};

/** Backward pass over a schedule (forward dates as placed): latest finishes, float, critical tasks. */
export function computeCriticalPath(schedule: Schedule): CriticalPath {
  const projectFinish = finishOf(schedule);
  const latestFinish = new Map<string, number>();
  const floatById = new Map<string, number>();
  const critical = new Set<string>();
  const latestFinishOfId = (id: string) => latestFinish.get(id);
  // Latest in the order first, so each task's successors are done; the order holds every placed task.
  for (let i = schedule.order.length - 1; i >= 0; i--) {
    const task = schedule.byId.get(schedule.order[i] as string);
    if (!task) continue;
    const lf = latestFinishOf(schedule, task, projectFinish, latestFinishOfId);
    latestFinish.set(task.id, lf);
    const float = lf - task.duration - task.start;
    floatById.set(task.id, float);
    if (float <= 0) critical.add(task.id);
  }
  return { floatById, critical, projectFinish };
}

/**
 * The critical path after `moved` were placed anew, with the same links (so the same order).
 * A task's latest finish depends only on its successors, so only the moved tasks and the tasks
 * upstream of them whose latest finish moves are visited, latest in the order first — unless the
 * project's finish moved, which moves every float: then the whole pass runs again. The whole
 * pass was most of the work after a bar was dragged at 10,000 tasks.
 */
export function updateCriticalPath(previous: CriticalPath, schedule: Schedule, moved: readonly string[]): CriticalPath {
  const projectFinish = finishOf(schedule);
  if (projectFinish !== previous.projectFinish) return computeCriticalPath(schedule);
  const floatById = new Map(previous.floatById);
  const critical = new Set(previous.critical);
  // An unmoved task is where the previous pass saw it, so its float gives back its latest finish.
  const latestFinish = (id: string) => {
    const task = schedule.byId.get(id);
    const float = floatById.get(id);
    return task && float !== undefined ? float + task.duration + task.start : undefined;
  };
  const queue = new LatestFirstQueue();
  for (const id of moved) queue.push(schedule.positions.get(id));
  const wasMoved = new Set(moved);
  for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
    const task = schedule.byId.get(schedule.order[at] as string) as ScheduledTask;
    const before = latestFinish(task.id);
    const lf = latestFinishOf(schedule, task, projectFinish, latestFinish);
    const float = lf - task.duration - task.start;
    floatById.set(task.id, float);
    if (float <= 0) critical.add(task.id);
    else critical.delete(task.id);
    // A moved task's predecessors are bound by its new start even when its latest finish stayed.
    if (lf === before && !wasMoved.has(task.id)) continue;
    for (const link of schedule.predecessors.get(task.id) ?? []) queue.push(schedule.positions.get(link.fromId));
  }
  return { floatById, critical, projectFinish };
}

function finishOf(schedule: Schedule): number {
  let finish = 0;
  for (const task of schedule.byId.values()) finish = Math.max(finish, task.start + task.duration);
  return finish;
}

/** The latest a task may finish without delaying a successor (their latest finishes given) or the project. */
function latestFinishOf(schedule: Schedule, task: ScheduledTask, projectFinish: number, latestFinish: (id: string) => number | undefined): number {
  let lf = projectFinish;
  for (const link of schedule.successors.get(task.id) ?? []) {
    const succ = schedule.byId.get(link.toId);
    const succLf = latestFinish(link.toId);
    if (succ && succLf !== undefined) lf = Math.min(lf, latestFinishAllowed(link, task, succ, succLf));
  }
  return lf;
}

function latestFinishAllowed(link: Dependency, task: ScheduledTask, succ: ScheduledTask, succLf: number): number {
  const succLs = succLf - succ.duration;
  switch (link.type) {
    case 'FS': return succLs - link.lagDays;
    case 'SS': return succLs - link.lagDays + task.duration;
    case 'FF': return succLf - link.lagDays;
    case 'SF': return succLf - link.lagDays + task.duration;
  }
}

/** Positions in the schedule's order, latest first, each once. */
class LatestFirstQueue {
  private readonly heap: number[] = [];
  private readonly queued = new Set<number>();

  push(position: number | undefined): void {
    if (position === undefined || this.queued.has(position)) return;
    this.queued.add(position);
    const heap = this.heap;
    heap.push(position);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as number) >= position) break;
      heap[i] = heap[parent] as number;
      heap[parent] = position;
      i = parent;
    }
  }

  pop(): number | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    heap[0] = last;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < heap.length && (heap[left] as number) > (heap[largest] as number)) largest = left;
      if (right < heap.length && (heap[right] as number) > (heap[largest] as number)) largest = right;
      if (largest === i) break;
      [heap[i], heap[largest]] = [heap[largest] as number, heap[i] as number];
      i = largest;
    }
    return top;
  }
}
