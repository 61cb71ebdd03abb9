// What an avatar circle can hold of a display name: two characters. People here write
// 「事務局 山田」 or 「相談支援 馬場」 (role, then family name) or just 「佐藤」, so the last word is
// the name people call each other by; a Latin-script name gives its initials instead (A. Smith →
// AS). The full name is always the avatar's accessible name and tooltip.
const LATIN = /^[\p{Script=Latin}\s.'-]+$/u;

export function avatarLabel(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '?';
  if (LATIN.test(name)) {
    const first = [...(words[0] ?? '')][0] ?? '';
    const last = words.length > 1 ? ([...(words[words.length - 1] ?? '')][0] ?? '') : '';
    return (first + last).toUpperCase() || '?';
  }
  return [...(words[words.length - 1] ?? '')].slice(0, 2).join('') || '?';
}
