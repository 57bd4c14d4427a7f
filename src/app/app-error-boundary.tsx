import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../ui/error-boundary';

/**
 * The last line: an error no view or dialog caught (a fault in the header, say) shows what went
 * wrong and a way back, instead of React unmounting the page and leaving it blank. The store and
 * its saving run apart from React, so what was saved stays saved.
 */
export function AppErrorBoundary({ children, reload = () => location.reload() }: { children: ReactNode; reload?: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary
      fallback={(error) => (
        <main role="alert" className="view-error">
          <h1>{t('error.appCrashed')}</h1>
          <pre>{error.message}</pre>
          <p>{t('error.appCrashedHint')}</p>
          <button type="button" onClick={reload}>{t('error.reloadApp')}</button>
        </main>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
