import { createBrowserRouter } from 'react-router';
import { BoardPage } from './board/BoardPage';
import { SnapshotPage } from './board/snapshot/SnapshotPage';
import { CardPage } from './cards/CardPage';
import { CardsPage } from './cards/CardsPage';
import { SubcommitteeTablePage } from './cards/SubcommitteeTablePage';
import { CasePage } from './cases/CasePage';
import { CasesPage } from './cases/CasesPage';
import { CouncilHomePage } from './home/CouncilHomePage';
import { HomeRedirect } from './home/HomeRedirect';
import { AppLayout } from './layout/AppLayout';
import { GuestJoinPage } from './meetings/GuestJoinPage';
import { MeetingFormPage } from './meetings/MeetingFormPage';
import { MeetingPage } from './meetings/MeetingPage';
import { MeetingPrintPage } from './meetings/MeetingPrintPage';
import { MinutesPage } from './meetings/minutes/MinutesPage';
import { MinutesPrintPage } from './meetings/minutes/MinutesPrintPage';
import { MembersPage } from './members/MembersPage';
import { JoinPage } from './pages/JoinPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SetupPage } from './pages/SetupPage';
import { SignInPage } from './pages/SignInPage';
import { ProfilePage } from './profile/ProfilePage';
import { HubReviewPage } from './reports/HubReviewPage';
import { ProposalPage } from './reports/ProposalPage';
import { YearlyReportPage } from './reports/YearlyReportPage';
import { RequireSession } from './session/RequireSession';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        { path: '/setup', element: <SetupPage /> },
        { path: '/sign-in', element: <SignInPage /> },
        { path: '/join/:token', element: <JoinPage /> },
        { path: '/guest/:token', element: <GuestJoinPage /> },
        { path: '/meetings/:meetingId/guest', element: <MeetingPage asGuest /> },
        { path: '/meetings/:meetingId/guest/minutes', element: <MinutesPage asGuest /> },
        {
          element: <RequireSession />,
          children: [
            { path: '/', element: <HomeRedirect /> },
            { path: '/councils/:councilId', element: <CouncilHomePage /> },
            { path: '/councils/:councilId/members', element: <MembersPage /> },
            { path: '/profile', element: <ProfilePage /> },
            { path: '/boards/:boardId', element: <BoardPage /> },
            { path: '/terms/:termId/snapshots/:boardId', element: <SnapshotPage /> },
            { path: '/councils/:councilId/cases', element: <CasesPage /> },
            { path: '/cases/:caseId', element: <CasePage /> },
            { path: '/councils/:councilId/cards', element: <CardsPage /> },
            { path: '/cards/:cardId', element: <CardPage /> },
            {
              path: '/terms/:termId/subcommittees/:subcommitteeId',
              element: <SubcommitteeTablePage />,
            },
            { path: '/terms/:termId/hub-review', element: <HubReviewPage /> },
            { path: '/terms/:termId/report', element: <YearlyReportPage /> },
            {
              path: '/terms/:termId/subcommittees/:subcommitteeId/proposal',
              element: <ProposalPage />,
            },
            { path: '/councils/:councilId/meetings/new', element: <MeetingFormPage /> },
            { path: '/meetings/:meetingId', element: <MeetingPage /> },
            { path: '/meetings/:meetingId/edit', element: <MeetingFormPage /> },
            { path: '/meetings/:meetingId/print', element: <MeetingPrintPage /> },
            { path: '/meetings/:meetingId/minutes', element: <MinutesPage /> },
            { path: '/meetings/:meetingId/minutes/print', element: <MinutesPrintPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
