import { randomUUID } from 'node:crypto';
import type { MeetingBody } from '../../shared/meeting/meetingApi';

/** A meeting body with three agenda items, as the create form sends it (tests, benchmarks). */
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
