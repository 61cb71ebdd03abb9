import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { setConnectionStatus } from '../realtime/connectionStatus';
import { ConnectionIndicator } from './ConnectionIndicator';

function renderIndicator() {
  return render(
    <I18nextProvider i18n={createI18n('ja')}>
      <ConnectionIndicator />
    </I18nextProvider>,
  );
}

describe('ConnectionIndicator', () => {
  afterEach(() => {
    cleanup();
    setConnectionStatus({ network: 'online', saved: true, failure: null });
  });

  it('says in words, politely, whether the app is connected and saved', () => {
    renderIndicator();
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('オンライン');
    expect(status.textContent).toContain('保存済み');
  });

  it('follows the realtime store with a different word and shape for each state', () => {
    renderIndicator();
    const status = screen.getByRole('status');
    const icons = () =>
      [...status.querySelectorAll('[aria-hidden="true"]')].map((e) => e.textContent);
    const onlineIcons = icons();
    act(() => setConnectionStatus({ network: 'online', saved: false }));
    expect(status.textContent).toContain('保存中');
    const savingIcon = icons()[1];
    act(() => setConnectionStatus({ network: 'reconnecting', saved: false }));
    expect(status.textContent).toContain('再接続中');
    // Nothing is being sent while disconnected: the edits wait on this device.
    expect(status.textContent).toContain('変更はこの端末に保存され、再接続時に送られます');
    expect(status.textContent).not.toContain('保存中');
    const reconnectingIcons = icons();
    act(() => setConnectionStatus({ network: 'offline' }));
    expect(status.textContent).toContain('オフライン');
    expect(new Set([onlineIcons[0], reconnectingIcons[0], icons()[0]]).size).toBe(3);
    expect(onlineIcons[1]).not.toBe(savingIcon);
  });

  it('says a refused or unsendable change is not saved, never saved', () => {
    renderIndicator();
    const status = screen.getByRole('status');
    act(() => setConnectionStatus({ network: 'reconnecting', saved: false, failure: 'refused' }));
    expect(status.textContent).toContain('保存できません');
    expect(status.textContent).toContain('この端末に残っています');
    expect(status.textContent).not.toContain('保存済み');
    act(() => setConnectionStatus({ network: 'online', saved: false, failure: 'tooLarge' }));
    expect(status.textContent).toContain('変更が大きすぎて送れません');
  });
});
