import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from '../../src/app/app-error-boundary';
import { setupI18n } from '../../src/i18n/setup-i18n';

function FaultyHeader(): never {
  throw new Error('Cannot read properties of undefined (reading "name")');
}

describe('the app’s last error boundary', () => {
  it('shows what went wrong and a reload, instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const i18n = await setupI18n('en');
    const reload = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <AppErrorBoundary reload={reload}>
          <FaultyHeader />
        </AppErrorBoundary>
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Opsplan hit a problem it could not get past');
    expect(alert).toHaveTextContent('Cannot read properties of undefined (reading "name")');
    expect(alert).toHaveTextContent('What was saved is kept in this browser.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload Opsplan' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('draws the app as it is when nothing fails', async () => {
    const i18n = await setupI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <AppErrorBoundary>
          <h1>Monthly operations plan</h1>
        </AppErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Monthly operations plan' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
