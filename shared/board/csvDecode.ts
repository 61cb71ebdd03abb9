// Turning an uploaded file's bytes into text. Japanese Excel saves "CSV (コンマ区切り)" in
// Shift_JIS and "CSV UTF-8" with a BOM; both must import, and anything else must say why not.

export type CsvEncoding = 'utf-8' | 'shift_jis' | 'utf-16le';
export type DecodedCsv =
  | { ok: true; text: string; encoding: CsvEncoding; note?: string }
  | { ok: false; message: string };

export const CSV_MAX_BYTES = 5 * 1024 * 1024;

export const SHIFT_JIS_NOTE =
  'Shift_JIS（Excel の日本語 CSV）として読み込みました。文字化けしている場合は「CSV UTF-8」で保存し直してください。';
const UNDECODABLE =
  'ファイルの文字コードを読み取れませんでした。Excel で「CSV UTF-8（コンマ区切り）」として保存し直してください。';
const NOT_CSV =
  'CSV ファイルではないようです。Excel のファイル（.xlsx）は「名前を付けて保存」で CSV にしてから読み込んでください。';
const TOO_LARGE = `ファイルが大きすぎます（${CSV_MAX_BYTES / 1024 / 1024}MB まで）。`;
const EMPTY = 'ファイルが空です。';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes.length === 0) return { ok: false, message: EMPTY };
  if (bytes.length > CSV_MAX_BYTES) return { ok: false, message: TOO_LARGE };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { ok: false, message: NOT_CSV };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    return text === null
      ? { ok: false, message: UNDECODABLE }
      : { ok: true, text, encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    const text = decodeStrict(bytes.subarray(2), 'utf-16le');
    return text === null
      ? { ok: false, message: UNDECODABLE }
      : { ok: true, text, encoding: 'utf-16le' };
  }
  if (bytes.includes(0)) return { ok: false, message: NOT_CSV };
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const sjis = decodeStrict(bytes, 'shift_jis');
  if (sjis !== null) return { ok: true, text: sjis, encoding: 'shift_jis', note: SHIFT_JIS_NOTE };
  return { ok: false, message: UNDECODABLE };
}
