import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../api/http';
import { createI18n } from '../i18n/i18n';
import { TextField } from './Field';
import { FormFrame } from './FormFrame';
import { type FormOptions, useForm } from './useForm';

type Values = { name: string; code: string };
const schema = z.object({ name: z.string().trim().min(1), code: z.string().min(4) });

function Example(props: Omit<FormOptions<Values>, 'initial' | 'schema'>) {
  const form = useForm<Values>({ initial: { name: '', code: '' }, schema, ...props });
  return (
    <FormFrame form={form} submitLabel="送信" busyLabel="送信中">
      <TextField {...form.field('name')} label="お名前" />
      <TextField {...form.field('code')} label="番号" />
    </FormFrame>
  );
}

const show = (props: Omit<FormOptions<Values>, 'initial' | 'schema'>) =>
  render(
    <I18nextProvider i18n={createI18n('ja')}>
      <Example {...props} />
    </I18nextProvider>,
  );
const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('useForm', () => {
  afterEach(cleanup);

  it('sends nothing while a field is wrong, and puts the keyboard on the first wrong field', async () => {
    const send = vi.fn(async () => undefined);
    show({ send });
    type('番号', '12');
    fireEvent.click(screen.getByRole('button', { name: '送信' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('お名前')));
    expect(screen.getByLabelText('番号').getAttribute('aria-invalid')).toBe('true');
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the values and says what the form reports, emptying the fields when asked', async () => {
    const send = vi.fn(async () => '保存しました');
    show({ send, resetOnSuccess: true });
    type('お名前', '佐藤');
    type('番号', '1234');
    fireEvent.click(screen.getByRole('button', { name: '送信' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('保存しました'));
    expect(send).toHaveBeenCalledWith({ name: '佐藤', code: '1234' });
    expect((screen.getByLabelText('お名前') as HTMLInputElement).value).toBe('');
  });

  it('says a failure in words chosen for this form, and checks what the schema cannot', async () => {
    const send = vi.fn(async () => {
      throw new ApiError(409, 'conflict', 'conflict');
    });
    show({
      send,
      errorKeys: { conflict: 'join.exists' },
      check: (values) => (values.code === '0000' ? { code: { code: 'invalid' } } : {}),
    });
    type('お名前', '佐藤');
    type('番号', '0000');
    fireEvent.click(screen.getByRole('button', { name: '送信' }));
    await waitFor(() =>
      expect(screen.getByLabelText('番号').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(send).not.toHaveBeenCalled();
    type('番号', '1234');
    fireEvent.click(screen.getByRole('button', { name: '送信' }));
    const i18n = createI18n('ja');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(i18n.t('join.exists')),
    );
  });
});
