import { type APIRequestContext, type Browser, expect, type Page, request } from '@playwright/test';
import { secondFactorNotYet } from '../../server/testing/secondFactorNotYet';
import { type OwnServer, startOwnServer } from './ownServer';

export type Person = { displayName: string; email: string; password: string };

export type OwnCouncil<Who extends string> = {
  base: string;
  councilId: string;
  /** Each person signed in through the API (origin header set, as the browser sends it). */
  sessions: Record<Who, APIRequestContext>;
  /** A browser page signed in as that person. */
  open: (browser: Browser, who: Who) => Promise<Page>;
  stop: () => Promise<void>;
};

/**
 * A first-run council on a server of the spec's own: `secretariat` sets it up, everyone else
 * joins as a member by an invitation. Two-step sign-in is not yet required (its day lies ahead).
 */
export async function startOwnCouncil<Who extends string>(
  port: number,
  people: Record<Who, Person>,
  secretariat: NoInfer<Who>,
): Promise<OwnCouncil<Who>> {
  const server: OwnServer = await startOwnServer(port);
  const { base } = server;
  const api = () => request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  const sessions = {} as Record<Who, APIRequestContext>;
  sessions[secretariat] = await api();
  const setup = await sessions[secretariat].post('/api/setup', {
    data: {
      councilName: '架空市協議会',
      ...people[secretariat],
      secondFactorRequiredFrom: secondFactorNotYet(),
    },
  });
  expect(setup.ok()).toBe(true);
  const councilId: string = (await setup.json()).councils[0].id;
  for (const who of Object.keys(people) as Who[]) {
    if (who === secretariat) continue;
    const invitation = await sessions[secretariat].post(`/api/councils/${councilId}/invitations`, {
      data: { role: 'member' },
    });
    const { token } = await invitation.json();
    sessions[who] = await api();
    const accepted = await sessions[who].post(`/api/invitations/${token}/accept`, {
      data: people[who],
    });
    expect(accepted.ok()).toBe(true);
  }
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
    stop: async () => {
      for (const session of Object.values<APIRequestContext>(sessions)) await session.dispose();
      server.stop();
    },
  };
}
