import { describe, expect, it } from 'vitest';
import { avatarLabel } from './avatarLabel';

describe('avatarLabel', () => {
  it('shows a Japanese name as people call each other, not one character of a role', () => {
    expect(avatarLabel('佐藤')).toBe('佐藤');
    expect(avatarLabel('事務局 山田')).toBe('山田');
    expect(avatarLabel('相談支援　馬場')).toBe('馬場');
    expect(avatarLabel('ゲスト 長谷川')).toBe('長谷');
  });

  it('gives initials for a name in Latin script, and something for an empty one', () => {
    expect(avatarLabel('Alice Smith')).toBe('AS');
    expect(avatarLabel('bob')).toBe('B');
    expect(avatarLabel('  ')).toBe('?');
  });
});
