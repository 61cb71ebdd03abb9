import { randomUUID } from 'node:crypto';
import { type APIRequestContext, type Browser, expect, type Page, request } from '@playwright/test';
import { type OwnServer, startOwnServer } from './ownServer';

// A first-run council on a server of its own, with a secretariat (who facilitates) and a member,
// each signed in through the API, and a meeting created by the secretariat.

export const MEETING_PASSWORD = 'tsunagu-meeting-e2e-1';
export const MEETING_PEOPLE = {
  facilitator: { displayName: '事務局 今井', email: 'imai@example.jp', password: MEETING_PASSWORD },
  member: { displayName: '相談支援 上田', email: 'ueda@example.jp', password: MEETING_PASSWORD },
};
export type MeetingWho = keyof typeof MEETING_PEOPLE;

export type MeetingCouncil = {
  base: string;
  councilId: string;
  sessions: Record<MeetingWho, APIRequestContext>;
  /** A browser page signed in as that person. */
  open: (browser: Browser, who: MeetingWho) => Promise<Page>;
  /** A browser page of someone with no account. */
  openAnonymous: (browser: Browser) => Promise<Page>;
  /** Creates a meeting with one agenda item; returns its id. */
  createMeeting: (title: string) => Promise<string>;
  stop: () => Promise<void>;
};

export async function startMeetingCouncil(port: number): Promise<MeetingCouncil> {
  const base = `http://localhost:${port}`;
  const api = () => request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  const server: OwnServer = await startOwnServer(port);
  const facilitator = await api();
  const setup = await facilitator.post('/api/setup', {
    data: { councilName: '架空市協議会', ...MEETING_PEOPLE.facilitator },
  });
  expect(setup.ok()).toBe(true);
  const councilId: string = (await setup.json()).councils[0].id;
  const invitation = await facilitator.post(`/api/councils/${councilId}/invitations`, {
    data: { role: 'member' },
  });
  const { token } = await invitation.json();
  const member = await api();
  const accepted = await member.post(`/api/invitations/${token}/accept`, {
    data: MEETING_PEOPLE.member,
  });
  expect(accepted.ok()).toBe(true);
  const sessions = { facilitator, member };
  return {
    base,
    councilId,
    sessions,
    open: async (browser, who) => {
      const context = await browser.newContext({
        baseURL: base,
        storageState: await sessions[who].storageState(),
      });
      return context.newPage();
    },
    openAnonymous: async (browser) => (await browser.newContext({ baseURL: base })).newPage(),
    createMeeting: async (title) => {
      const created = await facilitator.post(`/api/councils/${councilId}/meetings`, {
        data: {
          kind: 'joint',
          title,
          startsAt: '2026-12-20T14:00:00+09:00',
          durationMinutes: 120,
          place: '市民会館',
          onlineUrl: '',
          facilitatorIds: [],
          agenda: [
            { id: randomUUID(), title: 'グループワーク', minutes: 60, presenter: '', links: [] },
          ],
        },
      });
      expect(created.status()).toBe(201);
      return (await created.json()).id;
    },
    stop: async () => {
      for (const s of Object.values(sessions)) await s.dispose();
      server.stop();
    },
  };
}
