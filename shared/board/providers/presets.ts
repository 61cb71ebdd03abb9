// The official provider lists a council loads its city from, each recognised by its header row
// (verbatim as published) and read into agency fields and import roles. The headers are the
// publishers' own spellings: WAM NET's 29 columns, the 介護サービス情報公表 open data's 24
// (note 「市町村コード」 there), and the two 自治体推奨データセット.
import type { Field, Layer } from '../../domain';
import type { AgencyColumn } from '../csvColumns';
import { bestHeaderMatch, mappingByHeader } from '../headerMatch';

/** What a column feeds besides an agency field: the city filter, joined address and hours. */
export const IMPORT_ROLES = [
  'cityCode',
  'prefecture',
  'cityName',
  'addressCity',
  'addressDetail',
  'hoursWeekday',
  'hoursSaturday',
  'hoursSunday',
  'hoursHoliday',
  'closedDays',
  'hoursDays',
  'hoursStart',
  'hoursEnd',
  'hoursNote',
  'afterHours',
  'departments',
  'extension',
  'note',
] as const;
export type ImportRole = (typeof IMPORT_ROLES)[number];
export type ImportTarget = AgencyColumn | ImportRole;
export type ImportMapping = readonly (ImportTarget | null)[];

export const PRESET_IDS = ['wam', 'kaigo', 'opendataCare', 'opendataMedical'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export type ProviderPreset = {
  id: PresetId;
  /** Official header → what it feeds (null: published but not kept). */
  columns: readonly (readonly [string, ImportTarget | null])[];
  /** Layer and fields for a service type the suggestion table does not know. */
  fallback: { layer: Layer; fields: Field[] };
  /** 介護 lists write 0 where the capacity was not filled in. */
  zeroCapacityIsMissing: boolean;
};

export const WAM: ProviderPreset = {
  id: 'wam',
  columns: [
    ['都道府県コード又は市区町村コード', 'cityCode'],
    ['NO（※システム内の固有の番号、連番）', null],
    ['指定機関名', null],
    ['法人の名称', 'corporation'],
    ['法人の名称_かな', null],
    ['法人番号', 'corporateNumber'],
    ['法人住所（市区町村）', null],
    ['法人住所（番地以降）', null],
    ['法人電話番号', null],
    ['法人FAX番号', null],
    ['法人URL', null],
    ['サービス種別', 'services'],
    ['事業所の名称', 'name'],
    ['事業所の名称_かな', 'kana'],
    ['事業所番号', 'providerNumber'],
    ['事業所住所（市区町村）', 'addressCity'],
    ['事業所住所（番地以降）', 'addressDetail'],
    ['事業所電話番号', 'phone'],
    ['事業所FAX番号', 'fax'],
    ['事業所URL', 'url'],
    ['事業所緯度', 'lat'],
    ['事業所経度', 'lng'],
    ['利用可能な時間帯（平日）', 'hoursWeekday'],
    ['利用可能な時間帯（土曜）', 'hoursSaturday'],
    ['利用可能な時間帯（日曜）', 'hoursSunday'],
    ['利用可能な時間帯（祝日）', 'hoursHoliday'],
    ['定休日', 'closedDays'],
    ['利用可能曜日特記事項（留意事項）', 'hoursNote'],
    ['定員', 'capacity'],
  ],
  fallback: { layer: 'cooperating', fields: ['disability'] },
  zeroCapacityIsMissing: false,
};

export const KAIGO: ProviderPreset = {
  id: 'kaigo',
  columns: [
    ['都道府県コード又は市町村コード', 'cityCode'],
    ['No', null],
    ['都道府県名', 'prefecture'],
    ['市区町村名', 'cityName'],
    ['事業所名', 'name'],
    ['事業所名カナ', 'kana'],
    ['サービスの種類', 'services'],
    ['住所', 'address'],
    ['方書（ビル名等）', 'addressDetail'],
    ['緯度', 'lat'],
    ['経度', 'lng'],
    ['電話番号', 'phone'],
    ['FAX番号', 'fax'],
    ['法人番号', 'corporateNumber'],
    ['法人の名称', 'corporation'],
    ['事業所番号', 'providerNumber'],
    ['利用可能曜日', 'hoursDays'],
    ['利用可能曜日特記事項', 'hoursNote'],
    ['定員', 'capacity'],
    ['URL', 'url'],
    ['高齢者の方と障害者の方が同時一体的に利用できるサービス', 'note'],
    ['介護保険の通常の指定基準を満たしている', 'note'],
    ['障害福祉の通常の指定基準を満たしている', 'note'],
    ['備考', 'note'],
  ],
  fallback: { layer: 'cooperating', fields: ['elderly'] },
  zeroCapacityIsMissing: true,
};

export const OPENDATA_CARE: ProviderPreset = {
  id: 'opendataCare',
  columns: [
    ['都道府県コード又は市区町村コード', 'cityCode'],
    ['NO', null],
    ['都道府県名', 'prefecture'],
    ['市区町村名', 'cityName'],
    ['介護サービス事業所名称', 'name'],
    ['介護サービス事業所名称_カナ', 'kana'],
    ['実施サービス', 'services'],
    ['住所', 'address'],
    ['方書', 'addressDetail'],
    ['緯度', 'lat'],
    ['経度', 'lng'],
    ['電話番号', 'phone'],
    ['内線番号', 'extension'],
    ['FAX番号', 'fax'],
    ['法人番号', 'corporateNumber'],
    ['法人の名称', 'corporation'],
    ['事業所番号', 'providerNumber'],
    ['利用可能曜日', 'hoursDays'],
    ['利用可能日時特記事項', 'hoursNote'],
    ['定員', 'capacity'],
    ['URL', 'url'],
    ['備考', 'note'],
  ],
  fallback: { layer: 'cooperating', fields: ['elderly'] },
  zeroCapacityIsMissing: true,
};

export const OPENDATA_MEDICAL: ProviderPreset = {
  id: 'opendataMedical',
  columns: [
    ['都道府県コード又は市区町村コード', 'cityCode'],
    ['NO', null],
    ['都道府県名', 'prefecture'],
    ['市区町村名', 'cityName'],
    ['名称', 'name'],
    ['名称_カナ', 'kana'],
    ['医療機関の種類', 'services'],
    ['住所', 'address'],
    ['方書', 'addressDetail'],
    ['緯度', 'lat'],
    ['経度', 'lng'],
    ['電話番号', 'phone'],
    ['内線番号', 'extension'],
    ['FAX番号', 'fax'],
    ['法人番号', 'corporateNumber'],
    ['法人の名称', 'corporation'],
    ['医療機関コード', 'medicalCode'],
    ['診療曜日', 'hoursDays'],
    ['診療開始時間', 'hoursStart'],
    ['診療終了時間', 'hoursEnd'],
    ['診療日時特記事項', 'hoursNote'],
    ['時間外における対応', 'afterHours'],
    ['診療科目', 'departments'],
    ['病床数', 'capacity'],
    ['URL', 'url'],
    ['備考', 'note'],
  ],
  fallback: { layer: 'cooperating', fields: ['medical'] },
  zeroCapacityIsMissing: false,
};

export const PRESETS: readonly ProviderPreset[] = [WAM, KAIGO, OPENDATA_CARE, OPENDATA_MEDICAL];

/** The official list the header row belongs to, or null for any other file. */
export const recognisePreset = (headers: readonly string[]): ProviderPreset | null =>
  bestHeaderMatch(PRESETS, (preset) => preset.columns, headers);

/** Each of the file's headers read as the preset says (columns it does not know: skipped). */
export const presetMapping = (preset: ProviderPreset, headers: readonly string[]): ImportMapping =>
  mappingByHeader(preset.columns, headers);
