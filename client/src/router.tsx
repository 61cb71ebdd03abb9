import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { startTerm } from './cards/earlyTerm';
import { HomeRedirect } from './home/HomeRedirect';
import { AppLayout } from './layout/AppLayout';
import { AppLoading } from './layout/AppLoading';
import { RouteError } from './layout/RouteError';
import { NotFoundPage } from './pages/NotFoundPage';
import { RequireSession } from './session/RequireSession';

// Each page is its own chunk, loaded when its route is first matched (while the session is still
// being asked for on a first load): the cards table does not wait for the board's canvas, layout
// and image code, nor a sign-in for any of them.
const page =
  <M,>(load: () => Promise<M>, render: (module: M) => ReactNode) =>
  async () => ({ element: render(await load()) });

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      // Until the first page's code is in.
      HydrateFallback: AppLoading,
      // When the header itself fails; a page's failure is caught below, inside the header.
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              path: '/setup',
              lazy: page(
                () => import('./pages/SetupPage'),
                (m) => <m.SetupPage />,
              ),
            },
            {
              path: '/sign-in',
              lazy: page(
                () => import('./pages/SignInPage'),
                (m) => <m.SignInPage />,
              ),
            },
            {
              path: '/join/:token',
              lazy: page(
                () => import('./pages/JoinPage'),
                (m) => <m.JoinPage />,
              ),
            },
            {
              path: '/guest/:token',
              lazy: page(
                () => import('./meetings/GuestJoinPage'),
                (m) => <m.GuestJoinPage />,
              ),
            },
            {
              path: '/meetings/:meetingId/guest',
              lazy: page(
                () => import('./meetings/MeetingPage'),
                (m) => <m.MeetingPage asGuest />,
              ),
            },
            {
              path: '/meetings/:meetingId/guest/minutes',
              lazy: page(
                () => import('./meetings/minutes/MinutesPage'),
                (m) => <m.MinutesPage asGuest />,
              ),
            },
            {
              element: <RequireSession />,
              children: [
                { path: '/', element: <HomeRedirect /> },
                {
                  path: '/councils/:councilId',
                  lazy: page(
                    () => import('./home/CouncilHomePage'),
                    (m) => <m.CouncilHomePage />,
                  ),
                },
                {
                  path: '/councils/:councilId/members',
                  lazy: page(
                    () => import('./members/MembersPage'),
                    (m) => <m.MembersPage />,
                  ),
                },
                {
                  path: '/profile',
                  lazy: page(
                    () => import('./profile/ProfilePage'),
                    (m) => <m.ProfilePage />,
                  ),
                },
                {
                  path: '/boards/:boardId',
                  lazy: page(
                    () => import('./board/BoardPage'),
                    (m) => <m.BoardPage />,
                  ),
                },
                {
                  path: '/terms/:termId/snapshots/:boardId',
                  lazy: page(
                    () => import('./board/snapshot/SnapshotPage'),
                    (m) => <m.SnapshotPage />,
                  ),
                },
                {
                  path: '/councils/:councilId/cases',
                  lazy: page(
                    () => import('./cases/CasesPage'),
                    (m) => <m.CasesPage />,
                  ),
                },
                {
                  path: '/cases/:caseId',
                  lazy: page(
                    () => import('./cases/CasePage'),
                    (m) => <m.CasePage />,
                  ),
                },
                {
                  path: '/councils/:councilId/cards',
                  lazy: page(
                    () => import('./cards/CardsPage'),
                    (m) => <m.CardsPage />,
                  ),
                },
                {
                  path: '/cards/:cardId',
                  lazy: page(
                    () => import('./cards/CardPage'),
                    (m) => <m.CardPage />,
                  ),
                },
                {
                  path: '/terms/:termId/subcommittees/:subcommitteeId',
                  // The term's rows and document are asked for alongside the page's code.
                  loader: ({ params }) => {
                    startTerm(params.termId ?? '');
                    return null;
                  },
                  shouldRevalidate: ({ currentParams, nextParams }) =>
                    currentParams.termId !== nextParams.termId,
                  lazy: page(
                    () => import('./cards/SubcommitteeTablePage'),
                    (m) => <m.SubcommitteeTablePage />,
                  ),
                },
                {
                  path: '/terms/:termId/hub-review',
                  lazy: page(
                    () => import('./reports/HubReviewPage'),
                    (m) => <m.HubReviewPage />,
                  ),
                },
                {
                  path: '/terms/:termId/report',
                  lazy: page(
                    () => import('./reports/YearlyReportPage'),
                    (m) => <m.YearlyReportPage />,
                  ),
                },
                {
                  path: '/terms/:termId/subcommittees/:subcommitteeId/proposal',
                  lazy: page(
                    () => import('./reports/ProposalPage'),
                    (m) => <m.ProposalPage />,
                  ),
                },
                {
                  path: '/councils/:councilId/meetings/new',
                  lazy: page(
                    () => import('./meetings/MeetingFormPage'),
                    (m) => <m.MeetingFormPage />,
                  ),
                },
                {
                  path: '/meetings/:meetingId',
                  lazy: page(
                    () => import('./meetings/MeetingPage'),
                    (m) => <m.MeetingPage />,
                  ),
                },
                {
                  path: '/meetings/:meetingId/edit',
                  lazy: page(
                    () => import('./meetings/MeetingFormPage'),
                    (m) => <m.MeetingFormPage />,
                  ),
                },
                {
                  path: '/meetings/:meetingId/print',
                  lazy: page(
                    () => import('./meetings/MeetingPrintPage'),
                    (m) => <m.MeetingPrintPage />,
                  ),
                },
                {
                  path: '/meetings/:meetingId/minutes',
                  lazy: page(
                    () => import('./meetings/minutes/MinutesPage'),
                    (m) => <m.MinutesPage />,
                  ),
                },
                {
                  path: '/meetings/:meetingId/minutes/print',
                  lazy: page(
                    () => import('./meetings/minutes/MinutesPrintPage'),
                    (m) => <m.MinutesPrintPage />,
                  ),
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
