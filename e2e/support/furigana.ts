import type { Page } from '@playwright/test';

/**
 * Every kanji the page shows that has no reading over it: text nodes with a kanji outside a
 * <ruby> whose <rt> holds a reading. Not counted: what nobody sees (hidden, or the 1 px copies
 * for screen readers), the readings themselves, and the text of native form controls (an
 * <option> or a field's value cannot hold ruby).
 */
export function unreadKanji(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const kanji = /\p{Script=Han}/u;
    const hits: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || !kanji.test(text)) continue;
      if (parent.closest('script, style, rt, option, select, textarea')) continue;
      if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const reading = parent.closest('ruby')?.querySelector('rt')?.textContent ?? '';
      if (/^[\u3041-\u3096ー・]+$/u.test(reading)) continue;
      hits.push(
        `${parent.tagName.toLowerCase()}${parent.className ? `.${parent.className}` : ''}: ${text.trim()}`,
      );
    }
    return [...new Set(hits)];
  });
}

/**
 * The accessible name Chromium itself computes for the element (its accessibility tree, which
 * screen readers read), not Playwright's own computation, which puts spaces around every <ruby>.
 */
export async function chromiumName(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    });
    return String(nodes[0]?.name?.value ?? '');
  } finally {
    await cdp.detach();
  }
}
