import { randomUUID } from 'node:crypto';
import { type APIRequestContext, type Browser, expect, type Page } from '@playwright/test';
import { startOwnCouncil } from './ownCouncil';

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
  /**
   * The facilitator, the member and a guest by a new link (under `guestName`), each on the
   * meeting's page and joined.
   */
  openMeeting: (
    browser: Browser,
    meetingId: string,
    guestName: string,
  ) => Promise<{ f: Page; m: Page; g: Page }>;
  /** Creates an issue card in the council's current term; returns its id. */
  createCard: (code: string, title: string) => Promise<string>;
  /** Creates a meeting with one agenda item; returns its id. */
  createMeeting: (title: string) => Promise<string>;
  stop: () => Promise<void>;
};

export async function startMeetingCouncil(port: number): Promise<MeetingCouncil> {
  const council = await startOwnCouncil(port, MEETING_PEOPLE, 'facilitator');
  const { base, councilId, sessions, open } = council;
  const facilitator = sessions.facilitator;
  const openAnonymous = async (browser: Browser) =>
    (await browser.newContext({ baseURL: base })).newPage();
  return {
    base,
    councilId,
    sessions,
    open,
    openAnonymous,
    openMeeting: async (browser, meetingId, guestName) => {
      const link = await facilitator.post(`/api/meetings/${meetingId}/guest-links`, {
        data: { expiresInHours: 2, passcode: '' },
      });
      expect(link.status()).toBe(201);
      const { token } = await link.json();
      const [f, m, g] = await Promise.all([
        open(browser, 'facilitator'),
        open(browser, 'member'),
        openAnonymous(browser),
      ]);
      await f.goto(`/meetings/${meetingId}`);
      await m.goto(`/meetings/${meetingId}`);
      await g.goto(`/guest/${token}`);
      await g.getByLabel('表示するお名前').fill(guestName);
      await g.getByRole('button', { name: '参加する' }).click();
      for (const page of [f, m, g]) {
        await expect(page.getByText('会議に参加しています。')).toBeVisible();
      }
      return { f, m, g };
    },
    createCard: async (code, title) => {
      const terms = await (await facilitator.get(`/api/councils/${councilId}/terms`)).json();
      const termId = terms.find((term: { current: boolean }) => term.current).id;
      const created = await facilitator.post(`/api/terms/${termId}/cards`, {
        data: { subcommitteeId: null, code, title },
      });
      expect(created.ok()).toBe(true);
      return (await created.json()).id;
    },
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
    stop: council.stop,
  };
}
