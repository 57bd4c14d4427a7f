import type { OpsStore } from '../store/create-ops-store';
import { VIEW_NAMES, type ViewName } from '../store/ops-state';

const viewIn = (hash: string): ViewName | null => {
  const name = hash.replace(/^#\/?/, '');
  return (VIEW_NAMES as readonly string[]).includes(name) ? (name as ViewName) : null;
};

/** The open view lives in the address (#timeline), so a link or a bookmark opens it and Back works. */
export function followViewInAddress(store: OpsStore): void {
  const fromAddress = () => {
    const view = viewIn(location.hash);
    if (view && view !== store.getState().ui.view) store.setState((s) => ({ ui: { ...s.ui, view } }));
  };
  fromAddress();
  window.addEventListener('hashchange', fromAddress);
  store.subscribe((state, previous) => {
    if (state.ui.view !== previous.ui.view && viewIn(location.hash) !== state.ui.view) history.pushState(null, '', `#${state.ui.view}`);
  });
}
