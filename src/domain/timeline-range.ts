import { addDays, type IsoDate } from './dates';
import { planTaskEdits, type PlanTasksAt } from './plan-task-edits';
import { taskSpan } from './schedule';
import type { Task } from './task';

/** The days a timeline spans. */
export type DateRange = { start: IsoDate; end: IsoDate };

/**
 * The earliest start and latest due date among the tasks, with how many tasks have each (a task
 * leaving one is then known to leave it to others or not); null when no task has a date.
 */
type Extremes = { first: IsoDate; firstHeldBy: number; last: IsoDate; lastHeldBy: number } | null;

/** The timeline's days: from a week before the earliest of today and every task, to two weeks after the latest. */
export function timelineRange(tasks: readonly Task[], today: IsoDate): DateRange {
  return padded(extremesOf(tasks), today);
}

/**
 * timelineRange, kept from one call to the next. When tasks were edited in place (a bar dragged,
 * a date edited), only the edited tasks are looked at (see planTaskEdits), and the range given
 * back is the same object while its days are: walking 10,000 tasks took 1.4 to 10 ms of the
 * frame after a drag on the timeline (code run for the first time in the page).
 */
export function timelineRangeBuilder(): (tasks: readonly Task[], today: IsoDate, taskById: PlanTasksAt['taskById']) => DateRange {
  let last: (PlanTasksAt & { extremes: Extremes; range: DateRange }) | null = null;
  return (tasks, today, taskById) => {
    const edits = last && planTaskEdits(last, { tasks, taskById });
    const updated = last && edits ? extremesAfterEdits(last.extremes, edits) : undefined;
    const extremes = updated === undefined ? extremesOf(tasks) : updated;
    const next = padded(extremes, today);
    const range = last && last.range.start === next.start && last.range.end === next.end ? last.range : next;
    last = { tasks, taskById, extremes, range };
    return range;
  };
}

function extremesOf(tasks: readonly Task[]): Extremes {
  const extremes = new ExtremesTally(null);
  for (const task of tasks) extremes.add(task);
  return extremes.result();
}

/** The extremes after these edits, or undefined when the last task holding one left it (the next is not known). */
function extremesAfterEdits(extremes: Extremes, edits: readonly (readonly [Task, Task])[]): Extremes | undefined {
  const tally = new ExtremesTally(extremes);
  for (const [was, now] of edits) {
    tally.remove(was);
    tally.add(now);
  }
  return tally.lost ? undefined : tally.result();
}

/** Extremes with their holders counted, as tasks are added and removed. */
class ExtremesTally {
  private first: IsoDate | null;
  private firstHeldBy: number;
  private last: IsoDate | null;
  private lastHeldBy: number;
  constructor(from: Extremes) {
    this.first = from?.first ?? null;
    this.firstHeldBy = from?.firstHeldBy ?? 0;
    this.last = from?.last ?? null;
    this.lastHeldBy = from?.lastHeldBy ?? 0;
  }

  add(task: Task): void {
    const span = taskSpan(task);
    if (!span) return;
    if (this.first === null || span.start < this.first) [this.first, this.firstHeldBy] = [span.start, 1];
    else if (span.start === this.first) this.firstHeldBy++;
    if (this.last === null || span.due > this.last) [this.last, this.lastHeldBy] = [span.due, 1];
    else if (span.due === this.last) this.lastHeldBy++;
  }

  remove(task: Task): void {
    const span = taskSpan(task);
    if (!span) return;
    if (span.start === this.first) this.firstHeldBy--;
    if (span.due === this.last) this.lastHeldBy--;
  }

  /** An extreme every task holding it has left: the next one is not known. */
  get lost(): boolean {
    return (this.first !== null && this.firstHeldBy === 0) || (this.last !== null && this.lastHeldBy === 0);
  }

  result(): Extremes {
    return this.first === null || this.last === null ? null : { first: this.first, firstHeldBy: this.firstHeldBy, last: this.last, lastHeldBy: this.lastHeldBy };
  }
}

function padded(extremes: Extremes, today: IsoDate): DateRange {
  const start = extremes && extremes.first < today ? extremes.first : today;
  const end = extremes && extremes.last > today ? extremes.last : today;
  return { start: addDays(start, -7), end: addDays(end, 14) };
}
