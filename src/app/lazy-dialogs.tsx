import type { ComponentType } from 'react';
import type { Plan } from '../domain/plan';
import { loadMoreStrings } from '../i18n/more-strings';
import { useOpsActions, type OpsActions } from '../store/bound-store';
import { CodeLoadBoundary } from '../ui/code-load-boundary';
import { preloadable } from '../ui/preloadable';

/**
 * Dialogs load apart from the first screen (the built-in templates alone are 7 kB) and are
 * fetched once the plans are on screen and the page is idle, so they open at once when asked for.
 * The import/export dialog carries every file format's parser; it is fetched when its button is
 * hovered or focused instead.
 */
function lazyDialog<P extends object>(load: () => Promise<ComponentType<P>>, close: (props: P, actions: OpsActions) => void) {
  // Ready once its English words are in too. Nothing shows while the code arrives: the dialog
  // appears as soon as it can.
  const { Component, preload } = preloadable(() => Promise.all([load(), loadMoreStrings()]).then(([dialog]) => dialog));
  // Code that does not arrive closes the dialog with a notice; the page stays as it was.
  function LazyDialog(props: P) {
    const actions = useOpsActions();
    const failed = (error: Error) => {
      actions.reportCodeLoadFailure(error);
      close(props, actions);
    };
    return (
      <CodeLoadBoundary onFailed={failed}>
        <Component {...props} />
      </CodeLoadBoundary>
    );
  }
  return { Dialog: LazyDialog, preload };
}

type OnClose = { onClose: () => void };
const callOnClose = ({ onClose }: OnClose) => onClose();

const newPlan = lazyDialog<OnClose>(() => import('./new-plan-dialog').then((m) => m.NewPlanDialog), callOnClose);
const joinPlan = lazyDialog<OnClose>(() => import('./join-plan-dialog').then((m) => m.JoinPlanDialog), callOnClose);
const sharePlan = lazyDialog<OnClose & { plan: Plan }>(() => import('./share-dialog').then((m) => m.ShareDialog), callOnClose);
const saveTemplate = lazyDialog<OnClose & { plan: Plan }>(() => import('./save-template-dialog').then((m) => m.SaveTemplateDialog), callOnClose);
const taskEditor = lazyDialog<{ taskId: string }>(() => import('../features/task-editor/task-editor-dialog').then((m) => m.TaskEditorDialog), (_, actions) => actions.closeTaskEditor());
const data = lazyDialog<OnClose>(() => import('../features/interchange/data-dialog').then((m) => m.DataDialog), callOnClose);

export const NewPlanDialog = newPlan.Dialog;
export const JoinPlanDialog = joinPlan.Dialog;
export const ShareDialog = sharePlan.Dialog;
export const SaveTemplateDialog = saveTemplate.Dialog;
export const TaskEditorDialog = taskEditor.Dialog;
export const DataDialog = data.Dialog;
export const preloadDataDialog = (): Promise<void> => data.preload().then(() => undefined, () => undefined);

/**
 * Fetches every light dialog's code, one dialog after each `turn` (by default, all at once).
 * Starting a fetch puts its chunks' preload links into the page, 5-25 ms of work per dialog, so
 * the app takes one dialog per idle period instead of making one long task of them all.
 * A failure (offline, say) is left to the dialog's own render.
 */
export async function preloadDialogs(turn: () => Promise<void> = () => Promise.resolve()): Promise<void> {
  const loading: Promise<unknown>[] = [];
  for (const dialog of [newPlan, joinPlan, sharePlan, saveTemplate, taskEditor]) {
    await turn();
    loading.push(dialog.preload().catch(() => undefined));
  }
  await Promise.all(loading);
}
