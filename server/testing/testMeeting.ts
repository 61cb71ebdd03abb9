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
