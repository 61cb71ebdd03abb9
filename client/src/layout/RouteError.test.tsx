import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetReportedErrors } from '../errors/reportClientError';
import { createI18n } from '../i18n/i18n';
import { RouteError } from './RouteError';

function stubFetch() {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(null, { status: 204 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function Broken(): never {
  throw new Error('render failed');
}

/** The app's shape: a header route, and the pages in a pathless route that catches their errors. */
function renderAt(path: string, locale: 'ja' | 'en') {
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <header>header</header>
            <Outlet />
          </>
        ),
        errorElement: <RouteError />,
        HydrateFallback: () => null,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { path: '/', element: <p>start</p> },
              { path: '/broken', element: <Broken /> },
              {
                path: '/gone',
                loader: () => {
                  throw new Response('', { status: 404 });
                },
                element: <p>never</p>,
              },
            ],
          },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return router;
}

describe('RouteError', () => {
  // Every failed page reports itself (to a fetch of the test's own).
  let fetchMock: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    resetReportedErrors();
    fetchMock = stubFetch();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('says the page failed, in the header, with a reload and a way back to the start', async () => {
    // React logs the caught error; the test is about what the person sees.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = renderAt('/broken', 'en');
    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'This page could not be shown',
    );
    expect(screen.getByText('header')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    screen.getByRole('link', { name: 'Back to the start' }).click();
    expect(await screen.findByText('start')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    vi.restoreAllMocks();
  });

  it('speaks the person’s language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/broken', 'ja');
    expect((await screen.findByRole('alert')).textContent).toContain('問題が起きました');
    vi.restoreAllMocks();
  });

  it('shows the not-found page for a 404 thrown by a route, and reports nothing', async () => {
    renderAt('/gone', 'ja');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'ページが見つかりません',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("sends the page's error to the server's log, once", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/broken', 'en');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/client-errors');
    expect(JSON.parse(String(init?.body))).toMatchObject({
      kind: 'route',
      message: 'Error: render failed',
      route: '/broken',
      buildId: __BUILD_ID__,
    });
    vi.restoreAllMocks();
  });
});
