// The demo board's agencies: an invented city (みどり市, four 地区) whose resources follow the
// seeds' description of a real one — including its gaps: few emergency options for mental,
// developmental, brain-injury and medical-care needs, least of all at night and on holidays.
// Every name, address and phone number is invented (042-000-xxxx is not a real exchange).

import type { AgencyInput } from '../../shared/board/agency';
import {
  type Field,
  type HubFunction,
  type Layer,
  SUPPORT_NEEDS,
  type SupportNeed,
} from '../../shared/domain';

export type DemoAgency = AgencyInput & { id: string };
type Extra = Partial<AgencyInput> & { area: string };

const ALL_NEEDS: SupportNeed[] = [...SUPPORT_NEEDS];
let phoneSerial = 0;

function agency(
  id: string,
  name: string,
  kana: string,
  layer: Layer,
  fields: Field[],
  hubFunctions: HubFunction[],
  supportNeeds: SupportNeed[],
  extra: Extra,
): DemoAgency {
  phoneSerial += 1;
  return {
    id,
    name,
    kana,
    layer,
    fields,
    hubFunctions,
    supportNeeds,
    hubRegistered: layer === 'core' || layer === 'registered',
    formal: layer !== 'community',
    phone: `042-000-${String(1000 + phoneSerial * 7).padStart(4, '0')}`,
    hours: '平日 9:00〜17:00',
    source: 'デモ用の架空データ',
    sourceDate: '2025-04-01',
    ...extra,
    address:
      extra.address ?? `みどり市${extra.area}${(phoneSerial % 5) + 1}-${(phoneSerial % 9) + 1}`,
  };
}

const ALWAYS = '24時間365日';

// One agency per line: a table people read and extend.
// biome-ignore format: data table
export const DEMO_AGENCIES: DemoAgency[] = [
  // Ⅰ 実施主体
  agency('fukushika', 'みどり市 障害者福祉課', 'ミドリシ ショウガイシャフクシカ', 'municipality', ['disability'], ['consultation', 'communityBuilding'], ALL_NEEDS, { area: '中央', address: 'みどり市中央1-1-1', notes: '17時以降と休日は障害者虐待通報センター（委託）が電話を受ける。' }),
  agency('kodomoka', 'みどり市 子ども家庭支援課', 'ミドリシ コドモカテイシエンカ', 'municipality', ['child'], ['consultation'], ['developmental', 'intellectualMild', 'medicalCare'], { area: '中央', address: 'みどり市中央1-1-1' }),
  agency('koureika', 'みどり市 高齢者支援課', 'ミドリシ コウレイシャシエンカ', 'municipality', ['elderly'], ['consultation', 'communityBuilding'], ['physical', 'brainInjury'], { area: '中央', address: 'みどり市中央1-1-1' }),
  agency('kyouiku', 'みどり市教育委員会 教育支援課', 'ミドリシキョウイクイインカイ キョウイクシエンカ', 'municipality', ['education', 'child'], ['consultation'], ['developmental', 'intellectualMild'], { area: '中央' }),
  // Ⅱ 中核機関
  agency('kikan', 'みどり市基幹相談支援センター', 'ミドリシキカンソウダンシエンセンター', 'core', ['disability', 'child'], ['consultation', 'workforce', 'communityBuilding'], ['physical', 'intellectualMild', 'intellectualSevere', 'mental', 'developmental', 'brainInjury', 'behavioural'], { area: '中央', notes: '拠点コーディネーター1名を配置（令和6年度〜）。事前登録の受付窓口。', tags: ['拠点コーディネーター', '事前登録'] }),
  agency('sato', '障害者支援施設 みどりの郷', 'ショウガイシャシエンシセツ ミドリノサト', 'core', ['disability'], ['emergency', 'experience', 'workforce'], ['physical', 'intellectualSevere', 'behavioural'], { area: '北町', hours: ALWAYS, nightHolidayResponse: 'both', capacity: 50, corporation: '社会福祉法人みどり会', tags: ['短期入所', '緊急受入れ'], notes: '緊急短期入所の空床1床を確保。強度行動障害は受入れ調整が必要。' }),
  agency('himawari', '地域活動支援センター ひまわり', 'チイキカツドウシエンセンター ヒマワリ', 'core', ['disability'], ['consultation', 'experience', 'communityBuilding'], ['mental', 'intellectualMild', 'developmental'], { area: '中央', hours: '月〜土 10:00〜19:00', tags: ['居場所', 'ピアサポート'] }),
  agency('cosmos', '地域活動支援センター コスモス', 'チイキカツドウシエンセンター コスモス', 'core', ['disability', 'medical'], ['consultation', 'experience'], ['mental'], { area: '東原', hours: '火〜日 10:00〜18:00', nightHolidayResponse: 'holiday', tags: ['居場所', '地域移行'], notes: '日曜も開所。夜間の電話相談はない。' }),
  // Ⅲ 登録事業所
  agency('tsumugi', '相談支援事業所 つむぎ', 'ソウダンシエンジギョウショ ツムギ', 'registered', ['disability'], ['consultation'], ['physical', 'intellectualMild', 'intellectualSevere'], { area: '北町', tags: ['計画相談'] }),
  agency('komorebi', '計画相談支援事業所 こもれび', 'ケイカクソウダンシエンジギョウショ コモレビ', 'registered', ['disability'], ['consultation'], ['mental', 'developmental'], { area: '中央', tags: ['計画相談'] }),
  agency('minami', '相談支援センター みなみ', 'ソウダンシエンセンター ミナミ', 'registered', ['disability', 'child'], ['consultation'], ['physical', 'intellectualSevere', 'medicalCare'], { area: '南台', tags: ['計画相談', '障害児相談'] }),
  agency('kitamachi-gh', 'グループホーム 北町の家', 'グループホーム キタマチノイエ', 'registered', ['disability'], ['experience', 'emergency'], ['intellectualMild', 'intellectualSevere'], { area: '北町', hours: ALWAYS, nightHolidayResponse: 'both', capacity: 7, corporation: '社会福祉法人みどり会', tags: ['体験利用'] }),
  agency('hanamizuki', 'グループホーム はなみずき', 'グループホーム ハナミズキ', 'registered', ['disability'], ['experience'], ['mental'], { area: '南台', hours: ALWAYS, capacity: 5, notes: '精神障害のある方の体験利用あり。緊急時の受入れは職員体制上できない。' }),
  agency('higashihara-gh', 'グループホーム 東原ハイツ', 'グループホーム ヒガシハラハイツ', 'registered', ['disability'], ['experience', 'emergency'], ['intellectualMild', 'physical'], { area: '東原', hours: ALWAYS, nightHolidayResponse: 'night', capacity: 6 }),
  agency('soyokaze', 'ショートステイ そよかぜ', 'ショートステイ ソヨカゼ', 'registered', ['disability'], ['emergency', 'experience'], ['intellectualSevere', 'physical'], { area: '南台', hours: ALWAYS, nightHolidayResponse: 'both', capacity: 4, tags: ['短期入所', '市単独補助'] }),
  agency('pocket', 'タイムステイ ぽけっと', 'タイムステイ ポケット', 'registered', ['disability', 'child'], ['experience'], ['intellectualSevere', 'developmental'], { area: '中央', hours: '平日 15:00〜19:00・土 9:00〜17:00', tags: ['日中一時支援', '市単事業'] }),
  agency('tanpopo', '就労継続支援B型 ワークショップたんぽぽ', 'シュウロウケイゾクシエンビーガタ ワークショップタンポポ', 'registered', ['disability'], ['experience', 'communityBuilding'], ['intellectualMild', 'mental'], { area: '北町', capacity: 20, providerNumber: '1300000001' }),
  agency('midori-kobo', '就労継続支援B型 みどり工房', 'シュウロウケイゾクシエンビーガタ ミドリコウボウ', 'registered', ['disability'], ['experience'], ['mental', 'developmental'], { area: '東原', capacity: 20, providerNumber: '1300000002' }),
  agency('ayumi', '生活介護 あゆみ', 'セイカツカイゴ アユミ', 'registered', ['disability'], ['experience'], ['intellectualSevere', 'physical', 'behavioural'], { area: '南台', capacity: 30, providerNumber: '1300000003' }),
  agency('step', '就労移行支援 ステップみどり', 'シュウロウイコウシエン ステップミドリ', 'registered', ['disability'], ['experience'], ['mental', 'developmental', 'intellectualMild'], { area: '中央', capacity: 20 }),
  agency('sasae', 'ヘルパーステーション ささえ', 'ヘルパーステーション ササエ', 'registered', ['disability', 'elderly'], ['emergency'], ['physical', 'intellectualSevere'], { area: '北町', hours: '毎日 7:00〜22:00', nightHolidayResponse: 'night', tags: ['居宅介護', '重度訪問介護'], notes: '緊急時は自宅への臨時訪問で対応（22時まで）。' }),
  agency('ashiato', '行動援護・移動支援 あしあと', 'コウドウエンゴ イドウシエン アシアト', 'registered', ['disability'], ['experience'], ['intellectualSevere', 'behavioural'], { area: '東原', tags: ['移動支援'] }),
  agency('nijiiro', '放課後等デイサービス にじいろ', 'ホウカゴトウデイサービス ニジイロ', 'registered', ['child', 'disability'], ['experience'], ['developmental', 'intellectualMild'], { area: '北町', hours: '平日 13:00〜18:00・長期休暇 9:00〜17:00', capacity: 10 }),
  agency('step-kids', '放課後等デイサービス すてっぷ', 'ホウカゴトウデイサービス ステップ', 'registered', ['child', 'disability', 'medical'], ['experience'], ['medicalCare', 'physical'], { area: '南台', capacity: 5, tags: ['重症心身障害児', '看護師常駐'] }),
  agency('midorikko', '児童発達支援センター みどりっこ', 'ジドウハッタツシエンセンター ミドリッコ', 'registered', ['child', 'disability'], ['consultation', 'experience', 'workforce'], ['developmental', 'intellectualMild', 'medicalCare', 'physical'], { area: '中央', capacity: 30 }),
  // Ⅳ 連携・協力機関
  agency('houkatsu-kita', '北町地域包括支援センター', 'キタマチチイキホウカツシエンセンター', 'cooperating', ['elderly'], ['consultation', 'communityBuilding'], ['physical', 'brainInjury'], { area: '北町' }),
  agency('houkatsu-minami', '南台地域包括支援センター', 'ミナミダイチイキホウカツシエンセンター', 'cooperating', ['elderly'], ['consultation'], ['physical'], { area: '南台' }),
  agency('zaitaku', '東原在宅介護支援センター', 'ヒガシハラザイタクカイゴシエンセンター', 'cooperating', ['elderly'], ['emergency', 'consultation'], ['physical'], { area: '東原', hours: ALWAYS, nightHolidayResponse: 'both', tags: ['緊急ショートステイ'], notes: '高齢者の緊急ショートステイ。障害のある方は65歳未満だと対象外。' }),
  agency('hidamari-care', '居宅介護支援事業所 ひだまりケアプラン', 'キョタクカイゴシエンジギョウショ ヒダマリケアプラン', 'cooperating', ['elderly'], ['consultation'], ['physical', 'brainInjury'], { area: '中央', tags: ['ケアマネジャー'] }),
  agency('aoba', '訪問看護ステーション あおば', 'ホウモンカンゴステーション アオバ', 'cooperating', ['medical', 'disability', 'elderly'], ['emergency', 'consultation'], ['medicalCare', 'physical', 'mental'], { area: '東原', hours: '平日 9:00〜18:00（24時間電話対応）', nightHolidayResponse: 'both', notes: '夜間は電話と緊急訪問のみ。泊まれる場所ではない。' }),
  agency('kokokara', '精神科訪問看護 ここから', 'セイシンカホウモンカンゴ ココカラ', 'cooperating', ['medical'], ['consultation'], ['mental'], { area: '中央' }),
  agency('nurse-care', '看護小規模多機能 ナースケアみどり', 'カンゴショウキボタキノウ ナースケアミドリ', 'cooperating', ['elderly', 'medical'], ['emergency', 'experience'], ['physical'], { area: '北町', hours: ALWAYS, nightHolidayResponse: 'both', notes: '障害のある方の受入れは現在なし（以前は市内に障害者も使える看護多機能があった）。' }),
  agency('midorinooka', 'みどりの丘病院（精神科）', 'ミドリノオカビョウイン', 'cooperating', ['medical'], ['consultation'], ['mental'], { area: '東原', hours: '外来 平日 9:00〜12:00・夜間休日は救急外来', nightHolidayResponse: 'both', notes: '入院するほどではない夜間の不調の受け皿にはならない。' }),
  agency('kokoro-clinic', 'こころのクリニック中央', 'ココロノクリニックチュウオウ', 'cooperating', ['medical'], ['consultation'], ['mental', 'developmental'], { area: '中央', hours: '月〜土 9:00〜18:00' }),
  agency('hokenjo', 'みどり保健所', 'ミドリホケンジョ', 'cooperating', ['medical'], ['consultation', 'workforce'], ['mental', 'medicalCare', 'brainInjury'], { area: '中央', tags: ['難病', '精神保健福祉相談'] }),
  agency('shimin-byoin', 'みどり市民病院 地域医療連携室', 'ミドリシミンビョウイン チイキイリョウレンケイシツ', 'cooperating', ['medical'], ['consultation'], ['physical', 'brainInjury', 'medicalCare'], { area: '南台', nightHolidayResponse: 'both', hours: '連携室は平日のみ・救急は24時間' }),
  agency('kouji-center', '県高次脳機能障害支援センター', 'ケンコウジノウキノウショウガイシエンセンター', 'cooperating', ['medical', 'disability'], ['consultation', 'workforce'], ['brainInjury'], { area: '市外', address: '県立リハビリテーションセンター内' }),
  agency('tokushi', '県立みどり特別支援学校', 'ケンリツミドリトクベツシエンガッコウ', 'cooperating', ['education', 'child'], [], ['intellectualSevere', 'intellectualMild', 'physical', 'medicalCare', 'behavioural'], { area: '南台', hours: '平日 8:30〜16:30' }),
  agency('kita-shou', 'みどり市立北町小学校（特別支援学級）', 'ミドリシリツキタマチショウガッコウ', 'cooperating', ['education', 'child'], [], ['developmental', 'intellectualMild'], { area: '北町' }),
  agency('jisou', '県みどり児童相談所', 'ケンミドリジドウソウダンジョ', 'cooperating', ['child'], ['consultation', 'emergency'], ['intellectualMild', 'intellectualSevere', 'developmental'], { area: '市外', hours: ALWAYS, nightHolidayResponse: 'both', tags: ['一時保護', '189'], notes: '18歳未満のみ。' }),
  agency('police', 'みどり警察署 生活安全課', 'ミドリケイサツショ セイカツアンゼンカ', 'cooperating', ['other'], ['emergency'], [], { area: '中央', hours: ALWAYS, nightHolidayResponse: 'both', tags: ['110番'] }),
  agency('shakyo', 'みどり市社会福祉協議会', 'ミドリシシャカイフクシキョウギカイ', 'cooperating', ['other', 'elderly', 'disability', 'child'], ['consultation', 'communityBuilding'], [], { area: '中央', tags: ['ボランティアセンター'] }),
  agency('kenri', 'みどり市権利擁護センター', 'ミドリシケンリヨウゴセンター', 'cooperating', ['disability', 'elderly'], ['consultation'], ['intellectualMild', 'intellectualSevere', 'mental', 'brainInjury'], { area: '中央', tags: ['成年後見', '日常生活自立支援'] }),
  agency('nakapotsu', '障害者就業・生活支援センター みどりワーク', 'ショウガイシャシュウギョウセイカツシエンセンター ミドリワーク', 'cooperating', ['disability'], ['consultation'], ['intellectualMild', 'mental', 'developmental'], { area: '中央', tags: ['なかぽつ'] }),
  agency('hattatsu-center', '県発達障害者支援センター', 'ケンハッタツショウガイシャシエンセンター', 'cooperating', ['disability', 'child'], ['consultation', 'workforce'], ['developmental'], { area: '市外' }),
  agency('hello-work', 'ハローワークみどり 専門援助部門', 'ハローワークミドリ センモンエンジョブモン', 'cooperating', ['other'], ['consultation'], ['physical', 'intellectualMild', 'mental', 'developmental'], { area: '中央' }),
  agency('jinzai', 'みどり市地域包括ケア人材育成センター', 'ミドリシチイキホウカツケアジンザイイクセイセンター', 'cooperating', ['elderly', 'disability', 'child'], ['workforce'], ['physical', 'brainInjury'], { area: '中央', notes: '行動障害・医療的ケアの研修はまだない。' }),
  agency('gyakutai', 'みどり市障害者虐待通報センター', 'ミドリシショウガイシャギャクタイツウホウセンター', 'cooperating', ['disability'], ['consultation'], ALL_NEEDS, { area: '中央', hours: '平日 17:00〜翌9:00・土日祝 終日（電話のみ）', nightHolidayResponse: 'both', notes: '電話を受けて翌朝に障害者福祉課・基幹相談支援センターへ引き継ぐ。' }),
  agency('moutou', '県盲ろう者支援センター', 'ケンモウロウシャシエンセンター', 'cooperating', ['disability'], ['consultation', 'workforce'], ['deafblind'], { area: '市外', tags: ['通訳・介助員派遣'] }),
  // Ⅴ 地域住民等
  agency('kita-shakyo', '北町地区社協', 'キタマチチクシャキョウ', 'community', ['other'], ['communityBuilding'], [], { area: '北町' }),
  agency('minami-shakyo', '南台地区社協', 'ミナミダイチクシャキョウ', 'community', ['other'], ['communityBuilding'], [], { area: '南台' }),
  agency('minsei', 'みどり市民生委員・児童委員協議会', 'ミドリシミンセイイイン ジドウイインキョウギカイ', 'community', ['other', 'child', 'elderly'], ['consultation', 'communityBuilding'], [], { area: '中央' }),
  agency('shoukoukai', 'みどり市商工会', 'ミドリシショウコウカイ', 'community', ['other'], ['experience', 'communityBuilding'], ['intellectualMild', 'developmental'], { area: '中央', notes: '会員事業所での職場体験を受け入れ。', formal: true }),
  agency('shokudo', '子ども食堂 みんなのテーブル', 'コドモショクドウ ミンナノテーブル', 'community', ['child', 'other'], ['communityBuilding'], [], { area: '東原', hours: '第2・第4土曜 11:00〜14:00', tags: ['居場所', '子ども食堂'] }),
  agency('peer', '当事者の会 ピアみどり', 'トウジシャノカイ ピアミドリ', 'community', ['disability'], ['consultation', 'communityBuilding'], ['mental', 'physical'], { area: '中央', hours: '毎月第1日曜', tags: ['ピアサポート', '当事者'] }),
  agency('oyanokai', 'みどり市手をつなぐ親の会', 'ミドリシテヲツナグオヤノカイ', 'community', ['disability', 'child'], ['consultation', 'communityBuilding'], ['intellectualMild', 'intellectualSevere'], { area: '北町', tags: ['家族会'] }),
  agency('kazokukai', '精神障害者家族会 みどり会', 'セイシンショウガイシャカゾクカイ ミドリカイ', 'community', ['disability'], ['consultation'], ['mental'], { area: '東原', tags: ['家族会'] }),
  agency('cafe', 'ふれあいカフェ ひだまり', 'フレアイカフェ ヒダマリ', 'community', ['other', 'elderly', 'disability'], ['communityBuilding', 'experience'], [], { area: '南台', hours: '毎週水曜 10:00〜15:00', tags: ['居場所'], notes: '誰でも立ち寄れる。就労継続支援B型の製品も販売。' }),
  agency('salon', 'いきいきサロン 中央', 'イキイキサロン チュウオウ', 'community', ['elderly', 'other'], ['communityBuilding'], [], { area: '中央', hours: '毎月第3木曜', tags: ['居場所', '多世代'] }),
  agency('hajime', '高次脳機能障害 当事者・家族の会 はじめの一歩', 'コウジノウキノウショウガイ トウジシャカゾクノカイ ハジメノイッポ', 'community', ['disability'], ['consultation'], ['brainInjury'], { area: '北町', tags: ['家族会', '当事者'] }),
  agency('daigaku', 'みどり大学 ボランティアセンター', 'ミドリダイガク ボランティアセンター', 'community', ['education', 'other'], ['workforce', 'communityBuilding'], [], { area: '東原', tags: ['学生ボランティア'] }),
  agency('chokai', '東原町会', 'ヒガシハラチョウカイ', 'community', ['other'], ['communityBuilding'], [], { area: '東原' }),
];
