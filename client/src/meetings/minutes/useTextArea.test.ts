import { describe, expect, it } from 'vitest';
import { textChange } from './useTextArea';

describe('textChange', () => {
  it('finds what typing, deleting and replacing changed, however often a character repeats', () => {
    expect(textChange('開会', '開会。')).toEqual({ start: 2, removed: 0, inserted: '。' });
    expect(textChange('ああああ', 'あああ')).toEqual({ start: 3, removed: 1, inserted: '' });
    expect(textChange('送迎の課題', '居場所の課題')).toEqual({
      start: 0,
      removed: 2,
      inserted: '居場所',
    });
    expect(textChange('同じ', '同じ')).toEqual({ start: 2, removed: 0, inserted: '' });
  });
});
