import type { LightMyRequestResponse } from 'fastify';
import type { MeetingBody } from '../../shared/meeting/meetingApi';
import type { App } from '../http/types';
import { meetingBodyWith } from '../meetings/sampleMeeting';
import { call } from './testApp';

/** Creates a meeting through the API as the holder of `cookie`; returns its id. */
export async function createMeeting(
  app: App,
  cookie: string,
  councilId: string,
  overrides: Partial<MeetingBody> = {},
): Promise<string> {
  const response = await call(app, {
    method: 'POST',
    url: `/api/councils/${councilId}/meetings`,
    cookie,
    body: meetingBodyWith(overrides),
  });
  if (response.statusCode !== 201) throw new Error(`meeting: ${response.body}`);
  return response.json().id as string;
}

/** The `tsunagu_guest` cookie header a guest's join answer set. */
export function guestCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'tsunagu_guest');
  if (!cookie) throw new Error(`no guest cookie: ${response.statusCode} ${response.body}`);
  return `tsunagu_guest=${cookie.value}`;
}

/** A new guest link of the meeting (made by the holder of `cookie`) and a guest who joined by it. */
export async function joinAsGuest(
  app: App,
  cookie: string,
  meetingId: string,
  displayName = '民生委員 大野',
): Promise<string> {
  const link = await call(app, {
    method: 'POST',
    url: `/api/meetings/${meetingId}/guest-links`,
    cookie,
    body: { expiresInHours: 2, passcode: '' },
  });
  if (link.statusCode !== 201) throw new Error(`guest link: ${link.statusCode} ${link.body}`);
  const joined = await call(app, {
    method: 'POST',
    url: `/api/guest-links/${link.json().token}/join`,
    body: { displayName, passcode: '' },
  });
  return guestCookieOf(joined);
}

/** Revokes every guest link of the meeting still open, as the holder of `cookie`. */
export async function revokeGuestLinks(app: App, cookie: string, meetingId: string): Promise<void> {
  const links = await call(app, {
    method: 'GET',
    url: `/api/meetings/${meetingId}/guest-links`,
    cookie,
  });
  for (const link of links.json() as { id: string; revoked: boolean }[]) {
    if (link.revoked) continue;
    await call(app, {
      method: 'DELETE',
      url: `/api/meetings/${meetingId}/guest-links/${link.id}`,
      cookie,
    });
  }
}
