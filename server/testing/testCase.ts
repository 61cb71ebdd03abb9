import type { CreateCaseBody } from '../../shared/caseApi';
import type { App } from '../http/types';
import { call } from './testApp';

type NewCase = Partial<CreateCaseBody> & {
  /** Whether the opener pledges at once (default): an unpledged member sees nothing of it. */
  pledge?: boolean;
};

/** A case space opened through the API by the holder of `cookie`, its first member; returns its id. */
export async function createCase(
  app: App,
  cookie: string,
  councilId: string,
  { pledge = true, ...body }: NewCase = {},
): Promise<string> {
  const created = await call(app, {
    method: 'POST',
    url: `/api/councils/${councilId}/cases`,
    cookie,
    body: {
      pseudonym: 'Bさん',
      legalBasis: 'supportMeeting106_6',
      agency: '相談支援事業所',
      ...body,
    },
  });
  if (created.statusCode !== 201) throw new Error(`case: ${created.statusCode} ${created.body}`);
  const caseId = created.json().id as string;
  if (pledge) await pledgeCase(app, cookie, caseId);
  return caseId;
}

/** The holder of `cookie` takes the pledge of the case (its members' confirmation). */
export async function pledgeCase(app: App, cookie: string, caseId: string): Promise<void> {
  const pledged = await call(app, { method: 'POST', url: `/api/cases/${caseId}/pledge`, cookie });
  if (pledged.statusCode !== 200) throw new Error(`pledge: ${pledged.statusCode} ${pledged.body}`);
}

/** The secretariat adds a person to the case; they are in once they pledge. */
export async function addCaseMember(
  app: App,
  secretariatCookie: string,
  caseId: string,
  userId: string,
  agency = '地域包括支援センター',
): Promise<void> {
  const added = await call(app, {
    method: 'POST',
    url: `/api/cases/${caseId}/members`,
    cookie: secretariatCookie,
    body: { userId, agency },
  });
  if (added.statusCode >= 300) throw new Error(`case member: ${added.statusCode} ${added.body}`);
}
