// Failed case-space calls as sentences, with the server's own explanation where it has one
// (consent not covering an agency, a raised issue naming the person).
import type { TFunction } from 'i18next';
import { ApiError } from '../api/http';

export function caseErrorText(error: unknown, t: TFunction<'cases'>): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (error.code === 'conflict' || error.code === 'bad_request') {
    return t(`errors.${error.code}`, { message: error.message });
  }
  const known = [
    'pledge_required',
    'consent_withdrawn',
    'idle_timeout',
    'not_found',
    'second_factor_required',
  ];
  if (error.status === 403 && !known.includes(error.code)) return t('errors.forbidden');
  return known.includes(error.code)
    ? t(`errors.${error.code}` as 'errors.generic')
    : t('errors.generic');
}
