import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { AppShell } from '../../src/app/app-shell';
import { preloadDialogs } from '../../src/app/lazy-dialogs';
import { setupI18n } from '../../src/i18n/setup-i18n';
import { createStoreWithPlan } from './test-store';

/** Renders the whole shell over a fresh store holding one plan, in English. */
export async function renderApp() {
  localStorage.clear();
  const i18n = await setupI18n('en');
  // As the running app does once its plans are on screen and the page is idle.
  await preloadDialogs();
  const app = createStoreWithPlan();
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <AppShell />
    </I18nextProvider>,
  );
  return { ...app, ...view, user, i18n };
}
