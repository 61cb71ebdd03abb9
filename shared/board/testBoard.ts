// Small fixtures for the board tests.
import type { AgencyInput } from './agency';

export const soudan: AgencyInput = {
  id: 'kikan',
  name: 'みどり市基幹相談支援センター',
  kana: 'ミドリシキカンソウダンシエンセンター',
  layer: 'core',
  fields: ['disability', 'child'],
  hubFunctions: ['consultation', 'communityBuilding'],
  supportNeeds: ['mental', 'developmental'],
  area: '中央',
};

export const shisetsu: AgencyInput = {
  id: 'shisetsu',
  name: 'みどりの郷',
  kana: 'みどりのさと',
  layer: 'core',
  fields: ['disability'],
  hubFunctions: ['emergency', 'experience'],
  supportNeeds: ['intellectualSevere', 'physical'],
  nightHolidayResponse: 'both',
  area: '北町',
  tags: ['ショートステイ'],
};

export const cafe: AgencyInput = {
  id: 'cafe',
  name: 'ふれあいカフェ ひだまり',
  kana: 'ﾌﾚｱｲｶﾌｪﾋﾀﾞﾏﾘ',
  layer: 'community',
  fields: ['other', 'elderly'],
  formal: false,
  area: '南台',
  notes: '毎週水曜 10時〜15時。誰でも立ち寄れる居場所。',
};
