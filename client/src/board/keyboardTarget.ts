/** Whether a key or clipboard event belongs to a text field (so board shortcuts leave it alone). */
export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  target.closest('input, textarea, select, [contenteditable]') !== null;
