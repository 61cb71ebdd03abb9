import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { errorMessage } from './errorMessage';
import { ApiError } from './http';

describe('errorMessage', () => {
  const i18n = createI18n('ja');

  it('translates a known server error code', () => {
    const error = new ApiError(401, 'invalid_credentials', 'The email or password is not correct.');
    expect(errorMessage(error, i18n)).toBe('メールアドレスまたはパスワードが正しくありません。');
  });

  it('prefers the caller’s meaning for a code that depends on context', () => {
    const error = new ApiError(409, 'conflict', 'A council needs at least one secretariat member.');
    expect(errorMessage(error, i18n, { conflict: 'members.lastSecretariat' })).toBe(
      '協議会には事務局が最低1人必要です。先に別の方を事務局に設定してください。',
    );
    expect(errorMessage(error, i18n)).toBe('他の操作と競合したため、処理できませんでした。');
  });

  it('explains an authorization failure whatever code came with it', () => {
    expect(errorMessage(new ApiError(403, 'bad_request', 'no'), i18n)).toBe(
      'この操作を行う権限がありません。',
    );
    expect(errorMessage(new ApiError(403, 'bad_origin', 'no'), i18n)).toContain('再読み込み');
  });

  it('tells someone refused a case for want of a second factor what to do', () => {
    const error = new ApiError(403, 'second_factor_required', 'Set it up');
    expect(errorMessage(error, i18n)).toContain('プロフィールで2段階認証を設定してください');
  });

  it('asks for a reload when an answer did not have the expected shape', () => {
    const error = new ApiError(200, 'bad_response', 'GET /api/me answered an unexpected shape');
    expect(errorMessage(error, i18n)).toBe(
      'サーバーからの応答を読み取れませんでした。ページを再読み込みしてください。',
    );
  });

  it('tells an unreachable server apart from a server error', () => {
    expect(errorMessage(new ApiError(0, 'network', 'Failed to fetch'), i18n)).toContain(
      '接続できませんでした',
    );
    expect(errorMessage(new ApiError(502, 'http_error', 'Bad Gateway'), i18n)).toBe(
      '処理できませんでした（エラー 502）。時間をおいてもう一度お試しください。',
    );
  });

  it('treats any 429 as a rate limit', () => {
    expect(errorMessage(new ApiError(429, 'something_new', 'slow down'), i18n)).toContain(
      '1分ほどおいて',
    );
  });

  it('follows the language', async () => {
    const english = createI18n('en');
    expect(errorMessage(new ApiError(410, 'invitation_unusable', ''), english)).toContain(
      'has expired or has already been used',
    );
  });
});
