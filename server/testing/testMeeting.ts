import { randomUUID } from 'node:crypto';
import type { MeetingBody } from '../../shared/meeting/meetingApi';
import type { App } from '../http/types';
import { call } from './testApp';

/** A meeting body with three agenda items, as the create form sends it. */
export function meetingBodyWith(overrides: Partial<MeetingBody> = {}): MeetingBody {
  return {
    kind: 'joint',
    title: '令和8年度 第1回 合同交流会',
    startsAt: '2026-12-10T05:00:00.000Z',
    durationMinutes: 120,
    place: '市役所 会議室A',
    onlineUrl: '',
    facilitatorIds: [],
    agenda: [
      { id: randomUUID(), title: '開会・趣旨説明', minutes: 5, presenter: '事務局', links: [] },
      { id: randomUUID(), title: 'グループワーク', minutes: 60, presenter: '', links: [] },
      { id: randomUUID(), title: '発表と共有', minutes: 20, presenter: '各グループ', links: [] },
    ],
    ...overrides,
  };
}

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
