import type { ColumnCategory } from './column';
import {
  addCost, completedDayOf, cycleDaysOf, finishedOnTime, flowDaysOf, hoursInWeek, type CostSum, type FlowDays,
} from './dashboard-metrics';
import type { IsoDate } from './dates';
import { DayCounter } from './day-counter';
import { dueStateOf, type DueState } from './due-state';
import type { Task } from './task';

/** What the tally's figures depend on besides the tasks; when any of it changes, the tally starts over. */
export type TallyContext = {
  categoryOf: (task: Task) => ColumnCategory | undefined;
  isWorking: (day: IsoDate) => boolean;
  today: IsoDate;
  weekStart: IsoDate;
};

/** What one task adds to the dashboard; kept so that its change can be taken back exactly. */
type Contribution = {
  task: Task;
  work: boolean;
  done: boolean;
  onTime: boolean | null;
  due: DueState;
  completedDay: IsoDate | null;
  cycleDays: number | null;
  flow: FlowDays | null;
  weekHours: number | null;
};

/**
 * The dashboard's running totals for one plan. `update` compares the task list with the last one
 * by identity (the store replaces only the tasks a change touched), takes back what each changed
 * task added before and adds what it adds now — work proportional to the change, not to the plan.
 */
export class DashboardTally {
  readonly work = { all: 0, done: 0 };
  readonly onTime = { part: 0, whole: 0 };
  readonly due = { overdue: 0, dueSoon: 0 };
  /** Completion days of finished tasks (milestones too), for weekly throughput. */
  readonly completedDays = new DayCounter();
  readonly cycleDays = new DayCounter<number>();
  /** Burn: days work was created and finished. */
  readonly createdWork = new DayCounter();
  readonly finishedWork = new DayCounter();
  /** Cumulative flow: days work entered each stage. */
  readonly flowCreated = new DayCounter();
  readonly flowStarted = new DayCounter();
  readonly flowFinished = new DayCounter();
  /** Every start and due date, for the period when the plan sets none. */
  readonly scheduledDays = new DayCounter();
  readonly weekHours = new Map<string, number>();
  readonly costs = new Map<string, CostSum>();
  readonly goalWork = new Map<string, { work: number; done: number }>();
  readonly milestones = new Map<string, Task>();
  private readonly byId = new Map<string, Contribution>();
  private lastTasks: readonly Task[] = [];

  constructor(readonly context: TallyContext) {}

  /** Brings the totals up to date with the plan's tasks; returns whether anything changed. */
  update(tasks: readonly Task[]): boolean {
    if (tasks === this.lastTasks) return false;
    this.lastTasks = tasks;
    let changed = false;
    const present = new Set<string>();
    const mayHaveRemovals = tasks.length !== this.byId.size;
    for (const task of tasks) {
      if (mayHaveRemovals) present.add(task.id);
      const before = this.byId.get(task.id);
      if (before?.task === task) continue;
      if (before) this.apply(before, -1);
      const after = this.contributionOf(task);
      this.apply(after, 1);
      this.byId.set(task.id, after);
      changed = true;
    }
    if (this.byId.size !== tasks.length) {
      for (const [id, contribution] of this.byId) {
        if (present.has(id)) continue;
        this.apply(contribution, -1);
        this.byId.delete(id);
        changed = true;
      }
    }
    return changed;
  }

  private contributionOf(task: Task): Contribution {
    const { categoryOf, isWorking, today, weekStart } = this.context;
    const category = categoryOf(task);
    const done = category === 'done';
    return {
      task,
      work: !task.isMilestone,
      done,
      onTime: finishedOnTime(task, done, isWorking),
      due: dueStateOf(task, done, today),
      completedDay: completedDayOf(task, done),
      cycleDays: cycleDaysOf(task, done),
      flow: flowDaysOf(task, category),
      weekHours: hoursInWeek(task, done, isWorking, weekStart),
    };
  }

  private apply(c: Contribution, sign: 1 | -1): void {
    const { task } = c;
    if (c.work) {
      this.work.all += sign;
      if (c.done) this.work.done += sign;
      this.createdWork.add(task.createdAt.slice(0, 10), sign);
      if (c.completedDay !== null) this.finishedWork.add(c.completedDay, sign);
      if (task.goalId) addTo(this.goalWork, task.goalId, { work: sign, done: c.done ? sign : 0 });
    } else if (sign > 0) this.milestones.set(task.id, task);
    else this.milestones.delete(task.id);
    if (c.onTime !== null) {
      this.onTime.whole += sign;
      if (c.onTime) this.onTime.part += sign;
    }
    if (c.due === 'overdue') this.due.overdue += sign;
    else if (c.due === 'due-soon') this.due.dueSoon += sign;
    if (c.completedDay !== null) this.completedDays.add(c.completedDay, sign);
    if (c.cycleDays !== null) this.cycleDays.add(c.cycleDays, sign);
    if (c.flow) {
      this.flowCreated.add(c.flow.created, sign);
      if (c.flow.started !== null) this.flowStarted.add(c.flow.started, sign);
      if (c.flow.finished !== null) this.flowFinished.add(c.flow.finished, sign);
    }
    if (task.startDate) this.scheduledDays.add(task.startDate, sign);
    if (task.dueDate) this.scheduledDays.add(task.dueDate, sign);
    if (c.weekHours !== null && task.ownerId) this.weekHours.set(task.ownerId, (this.weekHours.get(task.ownerId) ?? 0) + sign * c.weekHours);
    addCost(this.costs, task, sign);
  }
}

function addTo(counts: Map<string, { work: number; done: number }>, key: string, delta: { work: number; done: number }): void {
  const next = counts.get(key) ?? { work: 0, done: 0 };
  next.work += delta.work;
  next.done += delta.done;
  if (next.work === 0) counts.delete(key);
  else counts.set(key, next);
}
