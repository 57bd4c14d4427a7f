import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

describe('the workspace status in the header', () => {
  it('says whether work is saved, whether storage is persistent, and when the network is gone', async () => {
    const { store } = await renderApp();
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
    act(() => store.setState((s) => ({ ui: { ...s.ui, save: { pending: 1, failed: false }, storage: { persistent: false, usedBytes: 2.5 * 1024 * 1024 } } })));
    expect(screen.getByText('Saving…')).toBeInTheDocument();
    expect(screen.getByText('Storage not guaranteed · 2.5 MB used')).toHaveAttribute('title', expect.stringContaining('Back up regularly'));
    act(() => store.setState((s) => ({ ui: { ...s.ui, save: { pending: 0, failed: true } } })));
    expect(screen.getByText('Last change not saved')).toBeInTheDocument();
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    act(() => { window.dispatchEvent(new Event('offline')); });
    expect(screen.getByText('Offline — working on this device')).toBeInTheDocument();
    Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
    act(() => { window.dispatchEvent(new Event('online')); });
    expect(screen.queryByText('Offline — working on this device')).toBeNull();
  });
});
