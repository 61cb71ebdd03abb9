import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/issues/fieldIssue';
import { createI18n } from '../i18n/i18n';
import { DocText } from './DocInputs';

const i18n = createI18n('ja');

function field(value: string, onCommit: (v: string) => Result<unknown>) {
  return (
    <I18nextProvider i18n={i18n}>
      <DocText id="owner" aria-label="担当" label="担当" value={value} onCommit={onCommit} />
    </I18nextProvider>
  );
}

describe('DocText on a live document field', () => {
  afterEach(cleanup);

  it('focused but untouched, it follows another person’s change and writes nothing on blur', () => {
    const onCommit = vi.fn((): Result<unknown> => ({ ok: true, value: null }));
    const { rerender } = render(field('佐藤', onCommit));
    const input = screen.getByLabelText('担当');
    fireEvent.focus(input);
    rerender(field('鈴木', onCommit));
    expect(input).toHaveProperty('value', '鈴木');
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('says someone else changed the field this person is typing in, then writes on blur', () => {
    const onCommit = vi.fn((): Result<unknown> => ({ ok: true, value: null }));
    const { rerender } = render(field('佐藤', onCommit));
    const input = screen.getByLabelText('担当');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '田中' } });
    rerender(field('鈴木', onCommit));
    expect(input).toHaveProperty('value', '田中');
    expect(screen.getByRole('alert').textContent).toContain(
      'ほかの人が担当を変えました。（新しい値：鈴木）',
    );
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledWith('田中');
  });
});
