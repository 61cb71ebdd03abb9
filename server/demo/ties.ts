// The demo board's ties between DEMO_AGENCIES: strong inside the disability network, thin
// across the child / disability / elderly silos and to the informal community — as the seeds
// describe ("縦割りをどうにか崩す").

import type { TieDirection } from '../../shared/board/tie';
import type { TieKind } from '../../shared/domain';

type Row = [from: string, to: string, kind: TieKind, strength: 1 | 2 | 3, note?: string];

export type DemoTie = {
  id: string;
  from: string;
  to: string;
  kind: TieKind;
  direction: TieDirection;
  strength: number;
  note?: string;
};

// biome-ignore format: data table
const BOTH_WAYS: Row[] = [
  ['fukushika', 'kodomoka', 'informationSharing', 2],
  ['fukushika', 'koureika', 'informationSharing', 1, '障害と高齢の情報共有は年2回の会議のみ'],
  ['fukushika', 'kyouiku', 'informationSharing', 1],
  ['fukushika', 'hokenjo', 'cooperation', 2],
  ['fukushika', 'police', 'informationSharing', 1, '行方不明・保護時の連絡'],
  ['kikan', 'sato', 'cooperation', 3, '拠点の中核機関どうし'],
  ['kikan', 'himawari', 'cooperation', 3, '拠点の中核機関どうし'],
  ['kikan', 'cosmos', 'cooperation', 2],
  ['sato', 'himawari', 'cooperation', 2],
  ['kikan', 'tsumugi', 'consultation', 3],
  ['kikan', 'komorebi', 'consultation', 2],
  ['kikan', 'minami', 'consultation', 2],
  ['kikan', 'jinzai', 'cooperation', 1],
  ['kikan', 'hokenjo', 'cooperation', 2],
  ['kikan', 'kenri', 'cooperation', 2],
  ['kikan', 'houkatsu-kita', 'consultation', 1, '65歳での介護保険への移行'],
  ['kikan', 'kouji-center', 'consultation', 1],
  ['kikan', 'moutou', 'consultation', 1],
  ['komorebi', 'kokoro-clinic', 'cooperation', 2],
  ['komorebi', 'kokokara', 'cooperation', 2],
  ['minami', 'midorikko', 'cooperation', 2],
  ['minami', 'shimin-byoin', 'informationSharing', 1],
  ['sasae', 'soyokaze', 'cooperation', 2],
  ['ayumi', 'sato', 'cooperation', 2],
  ['ashiato', 'sato', 'cooperation', 1],
  ['nijiiro', 'tokushi', 'informationSharing', 2],
  ['step-kids', 'tokushi', 'informationSharing', 2],
  ['nijiiro', 'pocket', 'informationSharing', 1],
  ['kita-shou', 'nijiiro', 'informationSharing', 1],
  ['midorikko', 'kodomoka', 'cooperation', 3],
  ['midorikko', 'kita-shou', 'informationSharing', 1, '就学時の引き継ぎ'],
  ['midorikko', 'hattatsu-center', 'consultation', 1],
  ['kodomoka', 'jisou', 'cooperation', 3],
  ['kyouiku', 'tokushi', 'cooperation', 3],
  ['kyouiku', 'kita-shou', 'cooperation', 3],
  ['houkatsu-kita', 'hidamari-care', 'cooperation', 3],
  ['houkatsu-minami', 'hidamari-care', 'cooperation', 2],
  ['houkatsu-kita', 'minsei', 'informationSharing', 2],
  ['houkatsu-minami', 'minami-shakyo', 'cooperation', 2],
  ['zaitaku', 'houkatsu-kita', 'cooperation', 2],
  ['hidamari-care', 'aoba', 'cooperation', 2],
  ['aoba', 'nurse-care', 'cooperation', 2],
  ['aoba', 'shimin-byoin', 'cooperation', 2],
  ['sasae', 'aoba', 'cooperation', 1],
  ['kokokara', 'midorinooka', 'cooperation', 3],
  ['midorinooka', 'hokenjo', 'cooperation', 2],
  ['kokokara', 'hokenjo', 'informationSharing', 1],
  ['kouji-center', 'shimin-byoin', 'cooperation', 1],
  ['police', 'midorinooka', 'cooperation', 1],
  ['police', 'gyakutai', 'informationSharing', 1],
  ['kenri', 'houkatsu-kita', 'cooperation', 2],
  ['nakapotsu', 'tanpopo', 'cooperation', 2],
  ['nakapotsu', 'step', 'cooperation', 2],
  ['nakapotsu', 'hello-work', 'cooperation', 3],
  ['nakapotsu', 'shoukoukai', 'cooperation', 1],
  ['hello-work', 'step', 'cooperation', 2],
  ['shakyo', 'kita-shakyo', 'cooperation', 3],
  ['shakyo', 'minami-shakyo', 'cooperation', 3],
  ['shakyo', 'minsei', 'cooperation', 3],
  ['shakyo', 'daigaku', 'cooperation', 1],
  ['shakyo', 'shokudo', 'informationSharing', 1],
  ['shakyo', 'cafe', 'cooperation', 1],
  ['himawari', 'peer', 'cooperation', 2],
  ['himawari', 'cafe', 'cooperation', 1],
  ['cosmos', 'kazokukai', 'cooperation', 2],
  ['kazokukai', 'hokenjo', 'cooperation', 1],
  ['oyanokai', 'kikan', 'informationSharing', 1],
  ['oyanokai', 'tokushi', 'informationSharing', 2],
  ['peer', 'fukushika', 'consultation', 1, '当事者部会'],
  ['cafe', 'salon', 'informationSharing', 1],
  ['salon', 'houkatsu-minami', 'cooperation', 1],
  ['chokai', 'shokudo', 'cooperation', 2],
  ['minsei', 'chokai', 'cooperation', 2],
  ['minsei', 'shokudo', 'informationSharing', 1],
  ['daigaku', 'jinzai', 'cooperation', 1],
  ['hajime', 'peer', 'informationSharing', 1],
  ['tanpopo', 'cafe', 'cooperation', 1, 'カフェで製品を販売'],
];

// biome-ignore format: data table
const ONE_WAY: Row[] = [
  ['fukushika', 'kikan', 'contract', 3, '基幹相談支援センター運営を委託'],
  ['fukushika', 'gyakutai', 'contract', 3, '夜間休日の通報受付を委託'],
  ['fukushika', 'sato', 'contract', 3, '拠点事業（緊急時受入れ）を委託'],
  ['fukushika', 'himawari', 'contract', 2],
  ['fukushika', 'soyokaze', 'contract', 2, '市単独補助のショートステイ'],
  ['koureika', 'houkatsu-kita', 'contract', 3],
  ['koureika', 'houkatsu-minami', 'contract', 3],
  ['koureika', 'zaitaku', 'contract', 2],
  ['koureika', 'jinzai', 'contract', 2],
  ['shakyo', 'kenri', 'contract', 2],
  ['shoukoukai', 'midori-kobo', 'contract', 1, '会員事業所からの作業委託'],
  ['tsumugi', 'kitamachi-gh', 'referral', 3],
  ['tsumugi', 'soyokaze', 'referral', 2],
  ['tsumugi', 'tanpopo', 'referral', 2],
  ['tsumugi', 'ayumi', 'referral', 2],
  ['tsumugi', 'ashiato', 'referral', 1],
  ['komorebi', 'hanamizuki', 'referral', 2],
  ['komorebi', 'midori-kobo', 'referral', 2],
  ['komorebi', 'step', 'referral', 2],
  ['minami', 'step-kids', 'referral', 2],
  ['minami', 'sasae', 'referral', 2],
  ['pocket', 'soyokaze', 'referral', 1],
  ['tokushi', 'tsumugi', 'referral', 2, '卒業後（18歳）の移行'],
  ['tokushi', 'kikan', 'referral', 1],
  ['kodomoka', 'shokudo', 'informationSharing', 1],
  ['midorinooka', 'cosmos', 'referral', 2, '長期入院者の地域移行'],
  ['kokoro-clinic', 'cosmos', 'referral', 1],
  ['aoba', 'minami', 'informationSharing', 2],
  ['kouji-center', 'hajime', 'referral', 1],
  ['gyakutai', 'kikan', 'referral', 3, '翌朝に引き継ぐ'],
  ['kitamachi-gh', 'sato', 'emergencyBackup', 3],
  ['higashihara-gh', 'soyokaze', 'emergencyBackup', 2],
  ['hanamizuki', 'midorinooka', 'emergencyBackup', 1, '夜間の不調は受診のみ。泊まれる受け皿がない'],
  ['ayumi', 'sato', 'emergencyBackup', 2],
  ['sasae', 'sato', 'emergencyBackup', 1],
];

const toTie =
  (direction: TieDirection) =>
  ([from, to, kind, strength, note]: Row, i: number): DemoTie => ({
    id: `demo-${direction}-${String(i + 1).padStart(3, '0')}`,
    from,
    to,
    kind,
    direction,
    strength,
    ...(note ? { note } : {}),
  });

export const DEMO_TIES: DemoTie[] = [
  ...BOTH_WAYS.map(toTie('both')),
  ...ONE_WAY.map(toTie('oneWay')),
];
