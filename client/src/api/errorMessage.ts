import type { i18n as I18n, ParseKeys } from 'i18next';
import type { resources } from '../i18n/resources';
import { ApiError } from './http';

type ErrorCode = keyof (typeof resources)['ja']['translation']['errors'];

/**
 * Per-call translations for codes whose meaning depends on where they happen: the server sends
 * `conflict` both for "the last secretariat" and "that email already has an account".
 */
export type ErrorOverrides = Partial<Record<string, ParseKeys<['translation', 'twoStep']>>>;

/** A sentence the person can act on, in the current language, for any failed API call. */
export function errorMessage(error: unknown, i18n: I18n, overrides: ErrorOverrides = {}): string {
  if (!(error instanceof ApiError)) return i18n.t('errors.generic', { status: '?' });
  const override = overrides[error.code];
  if (override) return i18n.t(override);
  // Authorization failures arrive as 403 without a specific code, but for the two a person can
  // act on: a page to reload, a second factor to set up.
  const actionable = ['bad_origin', 'second_factor_required'];
  if (error.status === 403 && !actionable.includes(error.code)) return i18n.t('errors.forbidden');
  if (error.status === 429 && !i18n.exists(`errors.${error.code}`)) {
    return i18n.t('errors.rate_limited');
  }
  // The server words what is wrong with an input in the language this client sent.
  if (error.code === 'invalid_input' && error.message) return error.message;
  const code = error.code;
  const known = (c: string): c is ErrorCode => i18n.exists(`errors.${c}`);
  if (known(code)) return i18n.t(`errors.${code}`);
  return i18n.t('errors.generic', { status: error.status });
}
