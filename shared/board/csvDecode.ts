// Turning an uploaded file's bytes into text. Japanese Excel saves "CSV (コンマ区切り)" in
// Shift_JIS and "CSV UTF-8" with a BOM; both must import, and anything else must say why not.

import type { Issue } from '../issues/fieldIssue';

export type CsvEncoding = 'utf-8' | 'shift_jis' | 'utf-16le';
export type DecodedCsv =
  | { ok: true; text: string; encoding: CsvEncoding; note?: Issue }
  | { ok: false; issue: Issue };

// A national WAM NET list of one service type is some 10 MB.
export const CSV_MAX_BYTES = 20 * 1024 * 1024;

const SHIFT_JIS_NOTE: Issue = { code: 'csvShiftJis' };
const UNDECODABLE: Issue = { code: 'csvUndecodable' };
const NOT_CSV: Issue = { code: 'csvNotCsv' };
const TOO_LARGE: Issue = { code: 'csvTooLarge', params: { mb: CSV_MAX_BYTES / 1024 / 1024 } };
const EMPTY: Issue = { code: 'csvEmpty' };

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
  if (bytes.length === 0) return { ok: false, issue: EMPTY };
  if (bytes.length > CSV_MAX_BYTES) return { ok: false, issue: TOO_LARGE };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { ok: false, issue: NOT_CSV };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    return text === null
      ? { ok: false, issue: UNDECODABLE }
      : { ok: true, text, encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    const text = decodeStrict(bytes.subarray(2), 'utf-16le');
    return text === null
      ? { ok: false, issue: UNDECODABLE }
      : { ok: true, text, encoding: 'utf-16le' };
  }
  if (bytes.includes(0)) return { ok: false, issue: NOT_CSV };
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const sjis = decodeStrict(bytes, 'shift_jis');
  if (sjis !== null) return { ok: true, text: sjis, encoding: 'shift_jis', note: SHIFT_JIS_NOTE };
  return { ok: false, issue: UNDECODABLE };
}
