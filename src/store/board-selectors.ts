import { layoutBoard, type BoardCells } from '../domain/board-layout';
import { taskMatcher } from '../domain/board-filters';
import { PRIORITIES, type Task } from '../domain/task';
import { memoizeInputs } from './memoize-last';
import { updateBoardLayout, type TaskChange } from '../domain/board-layout-update';
import type { OpsState } from './ops-state';
import { selectPlanColumns } from './plan-selectors';
import { changedIdsSince } from '../domain/table-lineage';

type TaskTable = OpsState['data']['tasks'];
type PlanGroups = { tasks: TaskTable; byPlan: Map<string, Task[]>; position: Map<string, number> };
let groups: PlanGroups | null = null;

/** Changes bigger than this are laid out afresh: one sort beats many inserts. */
const MAX_INCREMENTAL_CHANGES = 200;

/**
 * The tasks of each plan. An edit or a move replaces one task in its plan's list (the other
 * plans' lists keep their identity); adding or deleting tasks regroups them all.
 */
function tasksByPlan(tasks: TaskTable): Map<string, Task[]> {
  if (groups?.tasks === tasks) return groups.byPlan;
  if (groups) {
    const updated = replaceEditedTasks(groups, tasks);
    if (updated) return (groups = updated).byPlan;
  }
  const byPlan = new Map<string, Task[]>();
  const position = new Map<string, number>();
  for (const task of Object.values(tasks)) {
    const list = byPlan.get(task.planId);
    if (list) list.push(task);
    else byPlan.set(task.planId, [task]);
    position.set(task.id, (byPlan.get(task.planId) as Task[]).length - 1);
  }
  groups = { tasks, byPlan, position };
  return byPlan;
}

/** The groups with edited tasks swapped in, or null when tasks were added, deleted or changed plan. */
function replaceEditedTasks(previous: PlanGroups, tasks: TaskTable): PlanGroups | null {
  const byPlan = new Map(previous.byPlan);
  const copied = new Set<string>();
  const replace = (id: string): boolean => {
    const task = tasks[id];
    const before = previous.tasks[id];
    if (before === task) return true;
    if (!before || !task || before.planId !== task.planId) return false;
    if (!copied.has(task.planId)) {
      byPlan.set(task.planId, [...(byPlan.get(task.planId) ?? [])]);
      copied.add(task.planId);
    }
    (byPlan.get(task.planId) as Task[])[previous.position.get(id) as number] = task;
    return true;
  };
  const changed = changedIdsSince(previous.tasks, tasks, MAX_INCREMENTAL_CHANGES);
  if (changed) {
    if (!changed.every(replace)) return null;
  } else {
    let count = 0;
    for (const id in tasks) {
      count++;
      if (!replace(id)) return null;
    }
    if (count !== previous.position.size) return null;
  }
  return { tasks, byPlan, position: previous.position };
}

const NO_TASKS: Task[] = [];
export function selectPlanTasks(state: OpsState, planId: string): Task[] {
  return tasksByPlan(state.data.tasks).get(planId) ?? NO_TASKS;
}

/** What the board's layout depends on besides the tasks; any change here lays it out afresh. */
const boardInputs = (s: OpsState) => {
  const planId = s.ui.activePlanId ?? '';
  return [planId, selectPlanColumns(s, planId), s.ui.filters, s.ui.swimlaneBy, s.ui.today, s.data.plans[planId], s.data.goals] as const;
};

let last: { inputs: ReturnType<typeof boardInputs>; tasks: OpsState['data']['tasks']; cells: BoardCells } | null = null;

/**
 * The board of the active plan: visible ids per (column, lane) cell, after filters and swimlanes.
 * When only tasks changed, the previous board is updated with just those tasks (see
 * updateBoardLayout): a drop re-renders two columns, not the whole board.
 */
export function selectBoardCells(s: OpsState): BoardCells {
  const inputs = boardInputs(s);
  const tasks = s.data.tasks;
  if (last && inputs.every((value, i) => value === last?.inputs[i])) {
    if (last.tasks === tasks) return last.cells;
    const changes = changedTasks(last.tasks, tasks, inputs[0]);
    const updated = changes && updateBoardLayout(last.cells, changes, inputs[1], boardMatcher(inputs), inputs[3], (id) => tasks[id]);
    if (updated) {
      last = { inputs, tasks, cells: updated };
      return updated;
    }
  }
  const [planId, columns, , by, , plan, goals] = inputs;
  const laneOrder =
    by === 'owner' ? [...(plan?.memberIds ?? []), 'none']
    : by === 'priority' ? [...PRIORITIES]
    : by === 'goal' ? [...Object.values(goals).filter((g) => g.planId === plan?.id).map((g) => g.id), 'none']
    : [];
  const cells = layoutBoard(selectPlanTasks(s, planId), columns, boardMatcher(inputs), by, laneOrder);
  last = { inputs, tasks, cells };
  return cells;
}

function boardMatcher([, columns, filters, , today]: ReturnType<typeof boardInputs>) {
  const doneColumns = new Set(columns.filter((c) => c.category === 'done').map((c) => c.id));
  return taskMatcher(filters, today, (id) => doneColumns.has(id));
}

/** The plan's tasks that differ between two task tables (by reference), or null when too many did. */
function changedTasks(before: TaskTable, after: TaskTable, planId: string): TaskChange[] | null {
  const changes: TaskChange[] = [];
  const inPlan = (task: Task | undefined) => (task && task.planId === planId ? task : undefined);
  const compare = (id: string) => {
    if (after[id] !== before[id]) changes.push({ before: inPlan(before[id]), after: inPlan(after[id]) });
    return changes.length <= MAX_INCREMENTAL_CHANGES;
  };
  // The change sets in between name the tasks they touched; scan both tables only when they do not.
  const named = changedIdsSince(before, after, MAX_INCREMENTAL_CHANGES);
  if (named) return named.every(compare) ? changes : null;
  for (const id in after) if (!compare(id)) return null;
  for (const id in before) if (!(id in after) && !compare(id)) return null;
  return changes;
}

const EMPTY_CELL: string[] = [];
export function selectCellTaskIds(state: OpsState, key: string): string[] {
  return selectBoardCells(state).cells.get(key) ?? EMPTY_CELL;
}

/** Tags used in the active plan, for the tag filter. */
export const selectPlanTags = memoizeInputs(
  (s: OpsState) => [selectPlanTasks(s, s.ui.activePlanId ?? '')] as const,
  // The same list when the tags did not change (a card moved), so the toolbar does not re-render.
  ([tasks], previous: { result: string[] } | null): string[] => {
    const tags = [...new Set(tasks.flatMap((t) => t.tags))].sort();
    const before = previous?.result;
    return before && before.length === tags.length && before.every((tag, i) => tag === tags[i]) ? before : tags;
  },
);

/** What a card shows of its task besides the task itself. */
export type CardView = { task: Task; ownerName: string | undefined; isDone: boolean; today: string };
const cardViews = new WeakMap<Task, CardView>();

/**
 * A card's task with its owner's name, whether its column is done, and today, as one value: the
 * same object until one of them changes. One subscription per card instead of four matters with a
 * hundred cards mounted, as every subscription is checked at every change of the store.
 */
export function selectCardView(state: OpsState, taskId: string): CardView | undefined {
  const task = state.data.tasks[taskId];
  if (!task) return undefined;
  const ownerName = task.ownerId ? state.data.members[task.ownerId]?.name : undefined;
  const isDone = state.data.columns[task.columnId]?.category === 'done';
  const today = state.ui.today;
  const cached = cardViews.get(task);
  if (cached && cached.ownerName === ownerName && cached.isDone === isDone && cached.today === today) return cached;
  const view = { task, ownerName, isDone, today };
  cardViews.set(task, view);
  return view;
}
