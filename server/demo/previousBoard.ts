// The demo's city board as 第9期 left it, and what changed on it in 第10期, so that the two terms'
// networks differ for real: タイムステイ ぽけっと opened (added, with its ties), the
// 東原ふれあいサロン closed (removed), and ショートステイ そよかぜ took on night and holiday stays
// and grew from 2 beds to 4 (changed). The seed writes the old board, closes 第9期 (which freezes
// it), then applies the changes as one more edit.
import type * as Y from 'yjs';
import {
  addAgency,
  addTie,
  addTies,
  removeAgencies,
  updateAgency,
} from '../../shared/board/document';
import type { Result } from '../../shared/issues/fieldIssue';
import { DEMO_AGENCIES } from './agencies';
import { buildDemoBoard } from './board';
import { DEMO_TIES } from './ties';

const DEMO_ORIGIN = 'demo-seed';
const OPENED = 'pocket';
const CLOSED = 'higashihara-salon';
const GREW = 'soyokaze';

const valid = (result: Result<unknown>) => {
  if (!result.ok) throw new Error(`invalid demo board change: ${JSON.stringify(result.issues)}`);
};

const demoAgency = (id: string) => {
  const agency = DEMO_AGENCIES.find((a) => a.id === id);
  if (!agency) throw new Error(`no demo agency ${id}`);
  return agency;
};

export function buildDemoPreviousBoard(): Y.Doc {
  const doc = buildDemoBoard();
  removeAgencies(doc, [OPENED], DEMO_ORIGIN);
  valid(
    addAgency(
      doc,
      {
        id: CLOSED,
        name: '東原ふれあいサロン',
        kana: 'ヒガシハラフレアイサロン',
        layer: 'community',
        fields: ['elderly', 'other'],
        hubFunctions: ['communityBuilding'],
        formal: false,
        area: '東原',
        notes: '月2回の居場所。担い手の高齢化で令和6年度末に閉じた。',
      },
      DEMO_ORIGIN,
    ),
  );
  valid(
    addTie(
      doc,
      {
        id: 'demo-previous-salon',
        from: CLOSED,
        to: 'houkatsu-minami',
        kind: 'informationSharing',
        strength: 1,
      },
      DEMO_ORIGIN,
    ),
  );
  valid(
    updateAgency(
      doc,
      GREW,
      { nightHolidayResponse: 'none', hours: '平日 9:00〜17:00', capacity: 2 },
      DEMO_ORIGIN,
    ),
  );
  return doc;
}

/** What happened to the city board in 第10期: afterwards it is the demo's full board. */
export function changeDemoBoardSincePreviousTerm(doc: Y.Doc): void {
  removeAgencies(doc, [CLOSED], DEMO_ORIGIN);
  valid(addAgency(doc, demoAgency(OPENED), DEMO_ORIGIN));
  valid(
    addTies(
      doc,
      DEMO_TIES.filter((tie) => tie.from === OPENED || tie.to === OPENED),
      DEMO_ORIGIN,
    ),
  );
  const { nightHolidayResponse, hours, capacity } = demoAgency(GREW);
  valid(updateAgency(doc, GREW, { nightHolidayResponse, hours, capacity }, DEMO_ORIGIN));
}
