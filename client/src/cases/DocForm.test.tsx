import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActionItem, readCase } from '../../../shared/case/document';
import { createI18n } from '../i18n/i18n';
import { DocForm } from './DocForm';

/** A one-field form as the case tabs write them: the field is cleared once the item is added. */
function AddAction({ doc }: { doc: Y.Doc }) {
  const [title, setTitle] = useState('');
  return (
    <DocForm
      submitLabel="追加"
      write={() => addActionItem(doc, { title })}
      onWritten={() => setTitle('')}
    >
      <label htmlFor="title">やること</label>
      <input id="title" value={title} onChange={(e) => setTitle(e.target.value)} />
    </DocForm>
  );
}

describe('DocForm', () => {
  afterEach(cleanup);

  it('shows what the document refused, keeps the input, and adds nothing', () => {
    const doc = new Y.Doc();
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <AddAction doc={doc} />
      </I18nextProvider>,
    );
    fireEvent.change(screen.getByLabelText('やること'), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: '追加' }));
    expect(screen.getByRole('alert').textContent).toContain('入力してください');
    expect((screen.getByLabelText('やること') as HTMLInputElement).value).toBe(' ');
    expect(readCase(doc).actions).toEqual([]);
  });

  it('writes through the shared function, clears the field and the earlier refusal', () => {
    const doc = new Y.Doc();
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <AddAction doc={doc} />
      </I18nextProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '追加' }));
    expect(screen.getByRole('alert').textContent).not.toBe('');
    fireEvent.change(screen.getByLabelText('やること'), { target: { value: '通院の付き添い' } });
    fireEvent.click(screen.getByRole('button', { name: '追加' }));
    expect(readCase(doc).actions.map((a) => a.title)).toEqual(['通院の付き添い']);
    expect((screen.getByLabelText('やること') as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('alert').textContent).toBe('');
  });
});
