import { expect, type Page } from '@playwright/test';

/**
 * Fails if the page's own words are Japanese: every text (shown, hidden for screen readers or
 * for print) and every accessible name, title, placeholder and alt outside what `data` lists
 * (words people entered) and outside elements marked lang="ja" (the 日本語 button).
 */
export async function expectNoJapaneseChrome(
  page: Page,
  what: string,
  data: readonly string[] = [],
): Promise<void> {
  const found = await page.evaluate((allowed) => {
    const japanese = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
    const strip = (text: string) => allowed.reduce((rest, word) => rest.replaceAll(word, ''), text);
    const isJapaneseMarked = (el: Element | null) =>
      el?.closest('[lang]')?.getAttribute('lang') === 'ja';
    const hits: string[] = japanese.test(strip(document.title)) ? [`title: ${document.title}`] : [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE'].includes(parent.tagName) || isJapaneseMarked(parent)) {
        continue;
      }
      const text = node.textContent ?? '';
      if (japanese.test(strip(text))) hits.push(`${parent.tagName.toLowerCase()}: ${text.trim()}`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (isJapaneseMarked(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = el.getAttribute(name);
        if (value && japanese.test(strip(value))) {
          hits.push(`${el.tagName.toLowerCase()}[${name}]: ${value}`);
        }
      }
    }
    return [...new Set(hits)];
  }, data);
  expect(found, `Japanese words in the English UI of ${what}`).toEqual([]);
}
