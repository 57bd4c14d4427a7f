import { Component, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** What shows instead of the children once one of them throws; `reset` draws them again. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  onError?: (error: Error) => void;
};

/**
 * React catches a render error only in a class component; this is the one class, and each use
 * says what to show. (React reports every caught error to the console itself.)
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    this.props.onError?.(error);
  }

  override render() {
    const { error } = this.state;
    return error ? this.props.fallback(error, () => this.setState({ error: null })) : this.props.children;
  }
}
