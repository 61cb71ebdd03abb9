import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFields } from './useFields';

function Example() {
  const form = useFields({ title: '', owner: '担当未定' }, 'action');
  const title = form.field('title');
  return (
    <>
      <label htmlFor={title.id}>やること</label>
      <input {...title} />
      <label htmlFor={form.field('owner').id}>担当</label>
      <textarea {...form.field('owner')} />
      <output>{JSON.stringify(form.values)}</output>
      <button type="button" onClick={() => form.reset('title')}>
        やることだけ消す
      </button>
      <button type="button" onClick={() => form.reset()}>
        すべて戻す
      </button>
    </>
  );
}

const shown = (label: string) =>
  (screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement).value;
const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('useFields', () => {
  afterEach(cleanup);

  it('binds each control to its value by a prefixed id, inputs and textareas alike', () => {
    render(<Example />);
    expect(screen.getByLabelText('やること').id).toBe('action-title');
    expect(shown('担当')).toBe('担当未定');
    type('やること', '通院の付き添い');
    type('担当', '相談支援 馬場');
    expect(JSON.parse(screen.getByRole('status').textContent ?? '')).toEqual({
      title: '通院の付き添い',
      owner: '相談支援 馬場',
    });
  });

  it('resets the fields named, or all of them', () => {
    render(<Example />);
    type('やること', '通院の付き添い');
    type('担当', '相談支援 馬場');
    fireEvent.click(screen.getByRole('button', { name: 'やることだけ消す' }));
    expect([shown('やること'), shown('担当')]).toEqual(['', '相談支援 馬場']);
    type('やること', '見学');
    fireEvent.click(screen.getByRole('button', { name: 'すべて戻す' }));
    expect([shown('やること'), shown('担当')]).toEqual(['', '担当未定']);
  });
});
