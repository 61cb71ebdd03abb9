import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { TextField } from './Field';

describe('TextField', () => {
  afterEach(cleanup);

  it('ties the label, the hint and the error to the input', () => {
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <TextField
          id="password"
          label="パスワード"
          hint="10文字以上。"
          error={{ code: 'tooShort', params: { min: 10 } }}
          value=""
          onChange={() => undefined}
        />
      </I18nextProvider>,
    );
    const input = screen.getByLabelText('パスワード');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['⚠ 10文字以上で入力してください。', '10文字以上。']);
  });

  it('is not marked invalid without an error', () => {
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <TextField id="name" label="お名前" value="" onChange={() => undefined} />
      </I18nextProvider>,
    );
    const input = screen.getByLabelText('お名前');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});
