import { Component, Suspense, type ReactNode } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CodeLoadBoundary, CodeLoadError } from '../../src/ui/code-load-boundary';
import { preloadable } from '../../src/ui/preloadable';

function Loading() {
  return <p>Loading…</p>;
}

function Report({ name }: { name: string }) {
  return <h2>{`Report for ${name}`}</h2>;
}

/** A fetch of a component's code that the test completes (or fails) when it chooses. */
function controlledLoad() {
  let settle: { resolve: (c: typeof Report) => void; reject: (e: Error) => void } | null = null;
  const load = vi.fn(() => new Promise<typeof Report>((resolve, reject) => (settle = { resolve, reject })));
  return { load, resolve: () => settle?.resolve(Report), reject: (message: string) => settle?.reject(new Error(message)) };
}

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert">
        {this.state.error.message}
        <button type="button" onClick={() => this.setState({ error: null })}>Retry</button>
      </div>
    );
  }
}

describe('a component whose code loads on first use', () => {
  it('shows its fallback, then itself as soon as its code is in, not held back by React for up to 300 ms', async () => {
    const { load, resolve } = controlledLoad();
    const { Component: LazyReport } = preloadable(load, Loading);
    // A Suspense boundary around it, as an app may have: it must not be what shows the fallback.
    render(<Suspense fallback={<p>Suspended</p>}><LazyReport name="May" /></Suspense>);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    // The fallback has been on screen a while when the code arrives, as on a slow start.
    await new Promise((r) => setTimeout(r, 20));
    resolve();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Report for May' })).toBeInTheDocument(), { timeout: 150, interval: 5 });
    expect(screen.queryByText('Suspended')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('draws itself at once, without its fallback, when its code was fetched ahead', async () => {
    const { load, resolve } = controlledLoad();
    const { Component: LazyReport, preload } = preloadable(load, Loading);
    const ahead = preload();
    resolve();
    await ahead;
    render(<LazyReport name="June" />);
    expect(screen.getByRole('heading', { name: 'Report for June' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('shows nothing while loading when it has no fallback', () => {
    const { load } = controlledLoad();
    const { Component: LazyReport } = preloadable(load);
    const { container } = render(<LazyReport name="July" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('hands a failed fetch to the error boundary, and fetches again when retried', async () => {
    // React reports the error it hands to the boundary; the boundary's alert is what is checked.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = controlledLoad();
    let attempt = 0;
    const second = controlledLoad();
    const { Component: LazyReport } = preloadable(() => (++attempt === 1 ? first.load() : second.load()), Loading);
    render(<Boundary><LazyReport name="August" /></Boundary>);
    first.reject('Failed to fetch the report');
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch the report');

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    second.resolve();
    expect(await screen.findByRole('heading', { name: 'Report for August' })).toBeInTheDocument();
    expect(attempt).toBe(2);
  });

  it('lets a boundary for code that did not arrive say so and close, while other errors go on up', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { load, reject } = controlledLoad();
    const { Component: LazyReport } = preloadable(load, Loading);
    const failed = vi.fn();
    render(
      <Boundary>
        <p>The rest of the page</p>
        <CodeLoadBoundary onFailed={failed}><LazyReport name="September" /></CodeLoadBoundary>
      </Boundary>,
    );
    reject('Failed to fetch dynamically imported module');
    await waitFor(() => expect(failed).toHaveBeenCalledTimes(1));
    expect(failed.mock.calls[0]![0]).toBeInstanceOf(CodeLoadError);
    expect(failed.mock.calls[0]![0].message).toBe('Failed to fetch dynamically imported module');
    expect(screen.getByText('The rest of the page')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    function Broken(): never {
      throw new Error('A bug, not a fetch');
    }
    render(<Boundary><CodeLoadBoundary onFailed={failed}><Broken /></CodeLoadBoundary></Boundary>);
    expect(await screen.findByRole('alert')).toHaveTextContent('A bug, not a fetch');
    expect(failed).toHaveBeenCalledTimes(1);
  });
});
