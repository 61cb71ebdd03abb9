// CSV columns of an agency: which headers mean which field, and how a cell becomes a value.
import type { Issue } from '../issues/fieldIssue';
import type { Agency } from './agency';
import {
  aliasLookup,
  BOOLEAN_ALIASES,
  FIELD_ALIASES,
  HUB_FUNCTION_ALIASES,
  LAYER_ALIASES,
  NIGHT_HOLIDAY_ALIASES,
  SUPPORT_NEED_ALIASES,
} from './labels';
import { normalizeForSearch, splitList } from './text';

export type AgencyColumn = Exclude<keyof Agency, 'id' | 'position' | 'freePosition'>;

/** column → [the header written on export, other headers read as this column…] */
export const COLUMN_HEADERS: Record<AgencyColumn, readonly [string, ...string[]]> = {
  name: ['事業所名', '事業所名称', '名称', '機関名', '施設名', '団体名', '事業所・機関名', 'name'],
  kana: ['事業所名カナ', 'フリガナ', 'ふりがな', 'よみがな', 'カナ', '読み', '名称カナ', 'kana'],
  layer: ['層', '階層', 'layer'],
  fields: ['分野', '対象分野', 'fields', 'field'],
  hubFunctions: ['拠点機能', '拠点の機能', '機能', 'hub functions', 'hubFunctions'],
  supportNeeds: [
    '障害種別・ニーズ',
    '障害種別',
    '主たる対象者',
    '対応ニーズ',
    'support needs',
    'supportNeeds',
  ],
  hubRegistered: ['拠点登録', '拠点登録事業所', '拠点事業登録', 'hub registered', 'hubRegistered'],
  formal: ['フォーマル', 'フォーマル/インフォーマル', 'formal'],
  area: ['地区', '地域', 'エリア', '圏域', 'area', 'district'],
  address: ['住所', '所在地', '事業所住所', 'address'],
  phone: ['電話番号', '電話', 'TEL', '電話番号(代表)', 'phone'],
  fax: ['FAX番号', 'FAX', 'ファクス', 'ファックス', 'fax'],
  url: ['ホームページ', 'URL', 'ウェブサイト', 'HP', 'url', 'website'],
  hours: ['営業日・時間', '営業時間', '開所時間', '営業日', '受付時間', '利用時間', 'hours'],
  nightHolidayResponse: [
    '夜間休日対応',
    '夜間・休日対応',
    '夜間休日',
    '夜間対応',
    'night/holiday',
    'nightHolidayResponse',
  ],
  notes: ['備考', 'メモ', '特記事項', 'notes', 'note'],
  tags: ['タグ', 'キーワード', 'tags'],
  providerNumber: ['事業所番号', '指定番号', '事業所No', 'provider number', 'providerNumber'],
  corporation: ['法人名', '運営法人', '法人', '運営主体', '法人の名称', 'corporation'],
  corporateNumber: ['法人番号', 'corporate number', 'corporateNumber'],
  medicalCode: ['医療機関コード', 'medical code', 'medicalCode'],
  services: ['サービスの種類', 'サービス種別', '実施サービス', '医療機関の種類', 'services'],
  officialNotes: ['公表情報の備考', '公表備考', 'official notes', 'officialNotes'],
  capacity: ['定員', '利用定員', 'capacity'],
  lat: ['緯度', 'lat', 'latitude'],
  lng: ['経度', 'lng', 'lon', 'longitude'],
  source: ['出典', 'データ元', 'source'],
  sourceDate: ['出典日', 'データ日付', '更新日', 'sourceDate', 'date'],
  notListedSince: ['一覧に載らなくなった日', 'not listed since', 'notListedSince'],
};

export const AGENCY_COLUMNS = Object.keys(COLUMN_HEADERS) as AgencyColumn[];

/** A header as compared: width, case, kana and punctuation folded. */
export const normalizeHeader = (text: string): string =>
  normalizeForSearch(text).replace(/[()・/_\-:：]/gu, '');

const headerLookup = new Map(
  AGENCY_COLUMNS.flatMap((column) =>
    COLUMN_HEADERS[column].map((h) => [normalizeHeader(h), column]),
  ),
);

/** The column each header most likely means (null: not imported); each column at most once. */
export function suggestMapping(headers: readonly string[]): (AgencyColumn | null)[] {
  const taken = new Set<AgencyColumn>();
  return headers.map((header) => {
    const column = headerLookup.get(normalizeHeader(header));
    if (!column || taken.has(column)) return null;
    taken.add(column);
    return column;
  });
}

/** A cell's value for the schema, or the issue when the cell cannot mean anything. */
export type CellValue = { value: unknown } | { error: Issue };

const normalizeCell = (text: string): string => normalizeForSearch(text).replace(/[()]/gu, '');
const lookups = {
  layer: aliasLookup(LAYER_ALIASES, normalizeCell),
  fields: aliasLookup(FIELD_ALIASES, normalizeCell),
  hubFunctions: aliasLookup(HUB_FUNCTION_ALIASES, normalizeCell),
  supportNeeds: aliasLookup(SUPPORT_NEED_ALIASES, normalizeCell),
  nightHolidayResponse: aliasLookup(NIGHT_HOLIDAY_ALIASES, normalizeCell),
  boolean: aliasLookup(BOOLEAN_ALIASES, normalizeCell),
};
const choices = (aliases: Record<string, readonly string[]>) =>
  Object.values(aliases)
    .map((spellings) => spellings[0])
    .join(' / ');

/** Reads "障害・児童、医療" as three values, but "緊急時の受入れ・対応" as one. */
function codeList(cell: string, lookup: Map<string, string>, all: string): CellValue {
  const codes: string[] = [];
  for (const piece of splitList(cell, { words: false })) {
    const whole = lookup.get(normalizeCell(piece));
    if (whole) {
      codes.push(whole);
      continue;
    }
    for (const part of splitList(piece)) {
      const code = lookup.get(normalizeCell(part));
      if (!code)
        return { error: { code: 'csvUnknownCode', params: { value: part, choices: all } } };
      codes.push(code);
    }
  }
  return { value: codes };
}

function isoDate(cell: string): string {
  const match = cell
    .normalize('NFKC')
    .match(/^(\d{4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})日?$/u);
  if (!match) return cell;
  const [, y, m, d] = match;
  return `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`;
}

function numberOrText(cell: string): unknown {
  const text = cell.normalize('NFKC').replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : cell;
}

/** Undoes the export's guard against formula injection ('=SUM… → =SUM…). */
export const unguard = (cell: string): string =>
  /^'[=+\-@\t\r]/u.test(cell) ? cell.slice(1) : cell;

export function readCell(column: AgencyColumn, raw: string): CellValue {
  const cell = unguard(raw).trim();
  if (cell === '') return { value: undefined };
  switch (column) {
    case 'layer':
      return { value: lookups.layer.get(normalizeCell(cell)) ?? cell };
    case 'fields':
      return codeList(cell, lookups.fields, choices(FIELD_ALIASES));
    case 'hubFunctions':
      return codeList(cell, lookups.hubFunctions, choices(HUB_FUNCTION_ALIASES));
    case 'supportNeeds':
      return codeList(cell, lookups.supportNeeds, choices(SUPPORT_NEED_ALIASES));
    case 'nightHolidayResponse':
      return { value: lookups.nightHolidayResponse.get(normalizeCell(cell)) ?? cell };
    case 'hubRegistered':
    case 'formal': {
      const value = lookups.boolean.get(normalizeCell(cell));
      return value ? { value: value === 'true' } : { error: { code: 'csvYesNo' } };
    }
    case 'tags':
    case 'services':
      return { value: splitList(cell, { words: false }) };
    case 'capacity':
    case 'lat':
    case 'lng':
      return { value: numberOrText(cell) };
    case 'sourceDate':
    case 'notListedSince':
      return { value: isoDate(cell) };
    default:
      return { value: cell };
  }
}
