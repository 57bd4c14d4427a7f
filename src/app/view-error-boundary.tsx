import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../ui/error-boundary';

/** A failing view shows what went wrong and a way back; the header and the other views keep working. */
export function ViewErrorBoundary({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <section role="alert" className="view-error">
          <h2>{t('error.viewCrashed', { view: title })}</h2>
          <pre>{error.message}</pre>
          <button type="button" onClick={retry}>{t('error.retry')}</button>
        </section>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
