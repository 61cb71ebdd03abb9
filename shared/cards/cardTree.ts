// A term's cards as the tree the 2025 proposal writes them in: each issue (A, B…) followed by its
// sub-items (A-a, A-b…), one level deep. Lists keep that order whatever else they filter by.
import type { CardView } from '../cardApi';

export type CardInTree = { card: CardView; parent: CardView | null };

/**
 * The cards in tree order: each top-level card in the given order, followed by its sub-items in
 * the given order. `shown` picks which appear; a sub-item shown without its parent keeps its place
 * after where the parent would be, and still names it.
 */
export function cardTree(
  cards: readonly CardView[],
  shown: (card: CardView) => boolean = () => true,
): CardInTree[] {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const parentOf = (card: CardView) => (card.parentId ? (byId.get(card.parentId) ?? null) : null);
  const tree: CardInTree[] = [];
  for (const card of cards) {
    if (parentOf(card)) continue;
    if (shown(card)) tree.push({ card, parent: null });
    for (const child of cards) {
      if (child.parentId === card.id && shown(child)) tree.push({ card: child, parent: card });
    }
  }
  return tree;
}
