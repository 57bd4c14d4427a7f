import { Component, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';

type Props = WithTranslation & { title: string; children: ReactNode };
type State = { error: Error | null };

/** A failing view shows what went wrong and a way back; the header and the other views keep working. */
class ViewErrorBoundaryInner extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error(error);
  }

  override render() {
    const { error } = this.state;
    const { t, title, children } = this.props;
    if (!error) return children;
    return (
      <section role="alert" className="view-error">
        <h2>{t('error.viewCrashed', { view: title })}</h2>
        <pre>{error.message}</pre>
        <button type="button" onClick={() => this.setState({ error: null })}>{t('error.retry')}</button>
      </section>
    );
  }
}

export const ViewErrorBoundary = withTranslation()(ViewErrorBoundaryInner);
