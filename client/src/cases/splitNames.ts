/** Names typed as one line, separated by 「、」 or commas. */
export const splitNames = (text: string): string[] =>
  text
    .split(/[、,，]/u)
    .map((s) => s.trim())
    .filter(Boolean);
