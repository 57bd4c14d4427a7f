import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

/** A component's code that could not be fetched (see preloadable): offline before it was cached, say. */
export class CodeLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'CodeLoadError';
  }
}

const drawNothingOrPassOn = (error: Error) => {
  if (!(error instanceof CodeLoadError)) throw error;
  return null;
};

/**
 * Catches a CodeLoadError below it: draws nothing and tells `onFailed`, which says so and closes
 * what was being opened, so opening it again fetches again. Any other error goes on to the
 * boundary above. Without it, a dialog whose code failed to arrive took the whole page down.
 */
export function CodeLoadBoundary({ onFailed, children }: { onFailed: (error: CodeLoadError) => void; children: ReactNode }) {
  return (
    <ErrorBoundary fallback={drawNothingOrPassOn} onError={(error) => error instanceof CodeLoadError && onFailed(error)}>
      {children}
    </ErrorBoundary>
  );
}
