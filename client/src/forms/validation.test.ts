import { describe, expect, it } from 'vitest';
import { acceptInvitationBody, setupBody } from '../../../shared/api';
import { fieldErrors, hasErrors } from './validation';

describe('fieldErrors', () => {
  it('returns nothing for valid input', () => {
    const errors = fieldErrors(setupBody, {
      councilName: '架空市地域自立支援協議会',
      displayName: '事務局 太郎',
      email: 'jimukyoku@example.jp',
      password: 'correct horse battery',
    });
    expect(errors).toEqual({});
    expect(hasErrors(errors)).toBe(false);
  });

  it('says "required" for empty and blank fields, whatever rule they break', () => {
    const errors = fieldErrors(setupBody, {
      councilName: '   ',
      displayName: '',
      email: '',
      password: '',
    });
    expect(errors).toEqual({
      councilName: { code: 'required' },
      displayName: { code: 'required' },
      email: { code: 'required' },
      password: { code: 'required' },
    });
  });

  it('names the rule a filled-in field breaks', () => {
    const errors = fieldErrors(acceptInvitationBody, {
      displayName: 'あ'.repeat(81),
      email: 'not-an-email',
      password: 'short',
    });
    expect(errors).toEqual({
      displayName: { code: 'tooLong', params: { max: 80 } },
      email: { code: 'email' },
      password: { code: 'tooShort', params: { min: 10 } },
    });
    expect(hasErrors(errors)).toBe(true);
  });
});
