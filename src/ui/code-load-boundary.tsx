import { Component, type ReactNode } from 'react';

/** A component's code that could not be fetched (see preloadable): offline before it was cached, say. */
export class CodeLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'CodeLoadError';
  }
}

type Props = { onFailed: (error: CodeLoadError) => void; children: ReactNode };

/**
 * Catches a CodeLoadError below it: draws nothing and tells `onFailed`, which says so and closes
 * what was being opened, so opening it again fetches again. Any other error goes on to the
 * boundary above. Without it, a dialog whose code failed to arrive took the whole page down.
 */
export class CodeLoadBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    if (error instanceof CodeLoadError) this.props.onFailed(error);
  }

  override render() {
    const { error } = this.state;
    if (error && !(error instanceof CodeLoadError)) throw error;
    return error ? null : this.props.children;
  }
}
