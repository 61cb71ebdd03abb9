import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { createI18n, type Locale } from '../i18n/i18n';
import { SessionProvider } from '../session/SessionContext';
import { FuriganaProvider } from './FuriganaContext';
import { useRubyT } from './useRubyT';

function Texts() {
  const { t } = useTranslation(['translation', 'minutes']);
  const r = useRubyT(t);
  return (
    <>
      <p data-testid="plain">{r('app.skipToContent')}</p>
      <p data-testid="values">{r('meetings.agenda.nowOn', { number: 2, title: 'ABC' })}</p>
      <p data-testid="other">{r('minutes:open')}</p>
      <button type="button" aria-label={t('app.skipToContent')}>
        {r('nav.signOut')}
      </button>
    </>
  );
}

function renderIn(locale: Locale) {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <QueryClientProvider client={createQueryClient()}>
        <SessionProvider>
          <FuriganaProvider>
            <Texts />
          </FuriganaProvider>
        </SessionProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const rubies = (id: string) =>
  [...screen.getByTestId(id).querySelectorAll('ruby')].map((ruby) => [
    ruby.firstChild?.textContent,
    ruby.querySelector('rt')?.textContent,
  ]);

const withoutReadings = (id: string) => {
  const copy = screen.getByTestId(id).cloneNode(true) as HTMLElement;
  for (const rt of copy.querySelectorAll('rt')) rt.remove();
  return copy.textContent;
};

describe('useRubyT', () => {
  // Signed out (as the server answers without a session): the choice is this device's.
  beforeAll(() => {
    vi.stubGlobal('fetch', async () =>
      Response.json({ error: 'unauthorized', message: '' }, { status: 401 }),
    );
  });
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  describe('with ふりがな on', () => {
    beforeEach(() => localStorage.setItem('tsunagu.furigana', 'on'));

    it('renders the string with a <ruby> over each kanji word, the reading hidden from screen readers', async () => {
      renderIn('ja');
      expect(await screen.findByText('本文', undefined, { timeout: 10_000 })).toBeTruthy();
      expect(rubies('plain')).toEqual([
        ['本文', 'ほんぶん'],
        ['移動', 'いどう'],
      ]);
      for (const rt of document.querySelectorAll('rt')) {
        expect(rt.getAttribute('aria-hidden')).toBe('true');
      }
    });

    it('puts the values in the placeholders and reads other namespaces too', async () => {
      renderIn('ja');
      await screen.findByText('本文', undefined, { timeout: 10_000 });
      expect(withoutReadings('values')).toBe('いまの議題：2. ABC');
      expect(rubies('values').length).toBeGreaterThan(0);
      expect(rubies('other')).toEqual([
        ['議事', 'ぎじ'],
        ['録', 'ろく'],
      ]);
    });

    it('keeps attributes plain', async () => {
      renderIn('ja');
      await screen.findByText('本文', undefined, { timeout: 10_000 });
      expect(screen.getByRole('button').getAttribute('aria-label')).toBe('本文へ移動');
    });

    it('shows English as it is', async () => {
      renderIn('en');
      expect(screen.getByTestId('plain').textContent).toBe('Skip to main content');
      expect(document.querySelectorAll('ruby')).toHaveLength(0);
    });
  });

  it('with ふりがな off, renders the plain string', () => {
    renderIn('ja');
    expect(screen.getByTestId('plain').textContent).toBe('本文へ移動');
    expect(document.querySelectorAll('ruby')).toHaveLength(0);
  });
});
