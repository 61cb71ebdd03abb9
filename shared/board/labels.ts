// Japanese names of the domain codes for data interchange (CSV headers and cells), with the
// other spellings people put in spreadsheets. Screen labels live in the translation files.
import type { Field, HubFunction, Layer, SupportNeed, TieKind } from '../domain';
import type { NightHolidayResponse } from './agency';
import type { TieDirection } from './tie';

/** code → [the label written on export, other accepted spellings…] */
type Aliases<T extends string> = Record<T, readonly [string, ...string[]]>;

export const LAYER_ALIASES: Aliases<Layer> = {
  municipality: ['Ⅰ 実施主体', 'Ⅰ', '1', '実施主体', '行政'],
  core: ['Ⅱ 中核機関', 'Ⅱ', '2', '中核機関', '中核'],
  registered: ['Ⅲ 登録事業所', 'Ⅲ', '3', '登録事業所', '拠点登録事業所'],
  cooperating: ['Ⅳ 連携・協力機関', 'Ⅳ', '4', '連携・協力機関', '連携協力機関', '連携機関'],
  community: ['Ⅴ 地域住民等', 'Ⅴ', '5', '地域住民等', '地域住民', 'インフォーマル'],
};

export const FIELD_ALIASES: Aliases<Field> = {
  child: ['児童', '子ども', 'こども', '子供', '障害児'],
  disability: ['障害', '障がい', '障碍', '障害者'],
  elderly: ['高齢', '介護', '高齢者'],
  medical: ['医療'],
  education: ['教育', '学校'],
  other: ['その他', '地域'],
};

export const HUB_FUNCTION_ALIASES: Aliases<HubFunction> = {
  consultation: ['相談', '①', '①相談'],
  experience: ['体験', '②', '②体験の機会・場', '体験の機会・場', '体験の場'],
  emergency: ['緊急時対応', '③', '③緊急時の受入れ・対応', '緊急時の受入れ・対応', '緊急', '緊急時'],
  workforce: ['人材育成', '④', '④専門的人材の確保・養成', '専門的人材の確保・養成', '人材'],
  communityBuilding: ['地域の体制づくり', '⑤', '⑤地域の体制づくり', '体制づくり', '地域づくり'],
};

export const SUPPORT_NEED_ALIASES: Aliases<SupportNeed> = {
  physical: ['身体', '身体障害'],
  intellectualMild: ['知的(軽度)', '知的軽度', '軽度知的'],
  intellectualSevere: ['知的(中重度)', '知的中重度', '知的(重度)', '重度知的'],
  mental: ['精神', '精神障害'],
  developmental: ['発達', '発達障害'],
  brainInjury: ['高次脳機能障害', '高次脳', '高次脳機能'],
  medicalCare: ['医療的ケア', '医ケア', '医療ケア'],
  behavioural: ['強度行動障害', '行動障害', '強行'],
  deafblind: ['盲ろう', '盲聾', '盲ろう者'],
};

export const NIGHT_HOLIDAY_ALIASES: Aliases<NightHolidayResponse> = {
  none: ['なし', '無', '×', '-', 'いいえ', 'no'],
  night: ['夜間', '夜間のみ'],
  holiday: ['休日', '休日のみ', '土日祝'],
  both: ['夜間・休日', '夜間休日', '両方', '24時間', '○', '〇', 'あり', '有', 'はい', 'yes'],
};

export const BOOLEAN_ALIASES: Aliases<'true' | 'false'> = {
  true: [
    'はい',
    '○',
    '〇',
    '◯',
    '●',
    '有',
    'あり',
    '済',
    '登録',
    'フォーマル',
    'yes',
    'y',
    '1',
    '✓',
  ],
  false: ['いいえ', '×', '✕', '無', 'なし', '未', '未登録', 'インフォーマル', 'no', 'n', '0', '-'],
};

export const TIE_KIND_ALIASES: Aliases<TieKind> = {
  referral: ['紹介・つなぎ', '紹介', 'つなぎ'],
  cooperation: ['連携'],
  consultation: ['相談'],
  contract: ['委託・契約', '委託', '契約'],
  emergencyBackup: ['緊急時バックアップ', 'バックアップ'],
  informationSharing: ['情報共有'],
};

export const TIE_DIRECTION_ALIASES: Aliases<TieDirection> = {
  oneWay: ['一方向', '→', '片方向'],
  both: ['双方向', '↔', '両方向'],
};

/** The label written on export. */
export const labelOf = <T extends string>(aliases: Aliases<T>, code: T): string => aliases[code][0];

/** Every value of `aliases` under a normaliser, codes included (so exports in English read back). */
export function aliasLookup<T extends string>(
  aliases: Aliases<T>,
  normalize: (text: string) => string,
): Map<string, T> {
  const lookup = new Map<string, T>();
  for (const [code, spellings] of Object.entries(aliases) as [T, readonly string[]][]) {
    for (const spelling of [code, ...spellings]) lookup.set(normalize(spelling), code);
  }
  return lookup;
}
