import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noContent, request } from '../api/http';
import { createQueryClient } from '../api/queryClient';
import { createI18n } from '../i18n/i18n';
import { SessionProvider, useSession } from './SessionContext';

const me = {
  user: {
    id: '0b6f3c52-3f5e-4a57-9c1e-6c1b2d6f9a10',
    email: 'sato@example.jp',
    displayName: '佐藤',
    locale: 'ja',
    furigana: false,
  },
  councils: [],
};

/** Answers /api/me with the person, sign-out with 204, anything else with a lost session. */
function server() {
  return vi.fn(async (url: string) => {
    const json = (status: number, body: unknown) =>
      new Response(body === null ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    if (url === '/api/me') return json(200, me);
    if (url === '/api/auth/sign-out') return json(204, null);
    return json(401, { error: 'unauthorized', message: 'sign in' });
  });
}

function Probe() {
  const { session, signOut } = useSession();
  return (
    <>
      <p>{session.state}</p>
      <button type="button" onClick={() => void signOut()}>
        out
      </button>
    </>
  );
}

function renderSignedIn() {
  const cache = createQueryClient();
  render(
    <I18nextProvider i18n={createI18n('ja')}>
      <QueryClientProvider client={cache}>
        <SessionProvider>
          <Probe />
        </SessionProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return cache;
}

describe('SessionProvider and the data cache', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('forgets every cached answer when the person signs out', async () => {
    vi.stubGlobal('fetch', server());
    const cache = renderSignedIn();
    await screen.findByText('signedIn');
    cache.setQueryData(['case', 'c1'], { pseudonym: 'Aさん' });
    act(() => screen.getByRole('button', { name: 'out' }).click());
    await screen.findByText('signedOut');
    expect(cache.getQueryData(['case', 'c1'])).toBeUndefined();
  });

  it('keeps what a page for people not signed in is loading when the first answer says so', async () => {
    let answerMe: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (url: string) =>
          new Promise<Response>((resolve) => {
            if (url === '/api/me') answerMe = resolve;
          }),
      ),
    );
    const cache = renderSignedIn();
    cache.setQueryData(['guestLink', 't'], { meetingTitle: '定例会' });
    answerMe(new Response(JSON.stringify({ error: 'unauthorized' }), { status: 401 }));
    await screen.findByText('signedOut');
    expect(cache.getQueryData(['guestLink', 't'])).toEqual({ meetingTitle: '定例会' });
  });

  it('forgets them when a request finds the session gone', async () => {
    vi.stubGlobal('fetch', server());
    const cache = renderSignedIn();
    await screen.findByText('signedIn');
    cache.setQueryData(['case', 'c1'], { pseudonym: 'Aさん' });
    await request('GET', '/cases/c2', undefined, noContent).catch(() => undefined);
    await waitFor(() => expect(cache.getQueryData(['case', 'c1'])).toBeUndefined());
    expect(screen.getByText('signedOut')).toBeTruthy();
  });
});
