// English catalogue. The zh-CN catalogue must have exactly these keys (checked by its type).
export const en = {
  app: { loading: 'Loading your plans…', language: 'Language' },
  common: { cancel: 'Cancel', save: 'Save', dismiss: 'Dismiss' },
  view: { nav: 'Views', board: 'Board', timeline: 'Timeline', dashboard: 'Dashboard' },
  coming: {
    timeline: 'The Gantt timeline (milestones, dependencies, critical path) is being built and is not available yet. Your tasks, dates and milestones are kept and will appear here.',
    dashboard: 'The KPI dashboard (completion, on-time rate, workload, budget, goals) is being built and is not available yet.',
  },
  plan: {
    current: 'Current plan', new: 'New plan', menu: 'Options for plan {{name}}', delete: 'Delete plan…',
    deleteTitle: 'Delete plan “{{name}}”?', deleteBody: 'Every task, column, goal and risk of this plan is deleted. You can undo this.', deleteConfirm: 'Delete plan',
    startFrom: 'Start from', empty: 'An empty plan', demo: 'The demo monthly operations plan', name: 'Plan name', create: 'Create plan',
    noneTitle: 'No plans yet', noneBody: 'Create a plan to start, or add the demo monthly operations plan to explore.', addDemo: 'Add the demo plan',
  },
  history: { group: 'History', undo: 'Undo', redo: 'Redo', undoWhat: 'Undo: {{what}}', redoWhat: 'Redo: {{what}}' },
  action: {
    addTask: 'add task', updateTask: 'edit task', moveTask: 'move card', deleteTask: 'delete task', addColumn: 'add column', updateColumn: 'edit column',
    moveColumn: 'move column', deleteColumn: 'delete column', createPlan: 'create plan', updatePlan: 'edit plan', deletePlan: 'delete plan',
  },
  board: {
    title: 'Board', toolbar: 'Board filters and layout', unassigned: 'Unassigned', noGoal: 'No goal', lane: 'Lane: {{name}}',
    cellInLane: '{{column}}, {{lane}}', cardsIn: '{{place}} ({{count}} cards)', emptyCell: 'No cards',
    dragHandle: 'Move card: {{title}}', count: '{{count}} cards', countOfLimit: '{{count}} cards, WIP limit {{limit}}',
    columnMenu: 'Column options for {{name}}', columnSettings: 'Rename and limit…', moveLeft: 'Move left', moveRight: 'Move right', deleteColumn: 'Delete column…',
    wipExceeded: 'Over the WIP limit of {{limit}}', quickAdd: 'New card in {{column}}', quickAddPlaceholder: '+ Add a card', addCardTo: 'Add card to {{column}}',
    columnSettingsFor: 'Column “{{name}}”', columnName: 'Column name', wipLimit: 'WIP limit', wipHint: 'Leave empty for no limit', category: 'Counts as',
    addColumn: 'Add column', deleteColumnTitle: 'Delete column “{{name}}”?', deleteColumnBody: 'Its {{count}} cards are moved, not deleted.',
    moveCardsTo: 'Move its cards to', deleteColumnConfirm: 'Delete column', swimlanes: 'Swimlanes',
    swimlane_none: 'No swimlanes', swimlane_owner: 'Swimlanes by owner', swimlane_priority: 'Swimlanes by priority', swimlane_goal: 'Swimlanes by goal',
  },
  category: { todo: 'To do', doing: 'In progress', done: 'Done' },
  filter: {
    search: 'Search cards', searchPlaceholder: 'Search…', owner: 'Filter by owner', anyOwner: 'Any owner', priority: 'Filter by priority', anyPriority: 'Any priority',
    tag: 'Filter by tag', anyTag: 'Any tag', due: 'Filter by due date', due_any: 'Any due date', due_overdue: 'Overdue', 'due_due-soon': 'Due soon', 'due_no-date': 'No due date',
    clear: 'Clear filters',
  },
  priority: { urgent: 'Urgent', high: 'High', medium: 'Medium', low: 'Low' },
  term: { short: 'Short term', mid: 'Mid term', long: 'Long term' },
  due: { overdue: 'Overdue', 'due-soon': 'Due soon' },
  dnd: {
    instructions: 'To pick up a card, press Space. Use the arrow keys to move it between positions and columns. Press Space again to drop it, or Escape to cancel.',
    pickedUp: 'Picked up card {{title}}.', over: 'Card {{title}} is over {{place}}.', notOver: 'Card {{title}} is no longer over a column.',
    dropped: 'Card {{title}} was dropped in {{place}}.', cancelled: 'Moving card {{title}} was cancelled.', placeInLane: '{{column}}, lane {{lane}}',
  },
  task: {
    titleField: 'Title', description: 'Description', owner: 'Owner', priority: 'Priority', start: 'Start date', due: 'Due date',
    estimateHours: 'Estimate (hours)', actualHours: 'Actual (hours)', plannedCost: 'Planned cost', actualCost: 'Actual cost', progress: 'Progress (%)',
    term: 'Term', goal: 'Goal', parent: 'Parent task', noParent: 'No parent', tags: 'Tags', tagsHint: 'Separate tags with commas',
    completionStandard: 'Completion standard', expectedResult: 'Expected result', isMilestone: 'This is a milestone', milestone: 'Milestone',
    checklistCount: 'Checklist {{done}}/{{total}}',
  },
  editor: {
    title: 'Edit task: {{title}}', fixErrors: 'Some fields need attention before saving.', delete: 'Delete task',
    deleteConfirmText: 'Delete this task?', deleteConfirm: 'Yes, delete',
  },
  raci: { title: 'RACI', roleOf: 'RACI role of {{name}}', R: 'R — Responsible', A: 'A — Accountable', C: 'C — Consulted', I: 'I — Informed' },
  checklist: { title: 'Checklist ({{done}}/{{total}})', new: 'New checklist item', add: 'Add item', remove: 'Remove item {{text}}' },
  comments: { title: 'Comments', none: 'No comments yet.', author: 'Your name', new: 'New comment', post: 'Post comment', anonymous: 'Someone' },
  validation: {
    required: 'This field is required.', invalidDate: 'Enter a valid date.', notNumber: 'Enter a number.', negative: 'Must not be negative.',
    dueBeforeStart: 'The due date is before the start date.', percent: 'Enter a whole number from 0 to 100.', positiveWhole: 'Enter a whole number of 1 or more.',
  },
  error: {
    invalid: 'That change was not saved: {{detail}}', 'not-found': 'That item no longer exists (it may have been deleted in another tab).',
    'last-column': 'A plan needs at least one column.', cycle: 'That would create a loop: {{detail}}', conflict: 'That change conflicts with another: {{detail}}',
    quota: 'Your browser has no room left to save. Your work is still open here; free some disk space or export your plans.',
    saveFailed: 'Saving failed: {{detail}}. Your work is still open here.', loadFailed: 'Your plans could not be loaded: {{detail}}',
    damagedRecords: '{{detail}} stored records could not be read and were left untouched on disk.',
    viewCrashed: 'The {{view}} view hit a problem', retry: 'Try again',
  },
};

type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };
export type Catalog = Leaves<typeof en>;
