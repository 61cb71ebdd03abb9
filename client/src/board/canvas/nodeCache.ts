// React Flow re-renders a node only when its node object changes. The board is re-read on every
// edit, so node objects are kept here and rebuilt only when what they show changed: one remote
// edit then re-renders one node, not a thousand.
import type { Agency, Position } from '../../../../shared/board/agency';
import type { AgencyFlowNode, AgencyWords } from './AgencyNode';
import { NODE_HEIGHT, NODE_WIDTH } from './canvasGeometry';

type Look = {
  selected: boolean;
  faded: boolean;
  selectedBy: { name: string; colour: string }[];
  /** The one agency Tab reaches (useRovingFocus.ts); the others take the focus by arrow keys. */
  tabStop: boolean;
};
type Entry = { agency: Agency; x: number; y: number; key: string; node: AgencyFlowNode };

export type NodeCache = { get: (agency: Agency, position: Position, look: Look) => AgencyFlowNode };

/** `wordsOf` gives what a node says about its agency, in the reader's language. */
export function createNodeCache(wordsOf: (agency: Agency) => AgencyWords): NodeCache {
  const entries = new Map<string, Entry>();
  return {
    get: (agency, position, look) => {
      const key = JSON.stringify(look);
      const entry = entries.get(agency.id);
      if (
        entry &&
        entry.agency === agency &&
        entry.x === position.x &&
        entry.y === position.y &&
        entry.key === key
      ) {
        return entry.node;
      }
      const words = entry?.agency === agency ? entry.node.data.words : wordsOf(agency);
      const node: AgencyFlowNode = {
        id: agency.id,
        type: 'agency',
        position,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        selected: look.selected,
        ariaLabel: words.label,
        domAttributes: { tabIndex: look.tabStop ? 0 : -1 },
        data: { agency, words, faded: look.faded, selectedBy: look.selectedBy },
      };
      entries.set(agency.id, { agency, x: position.x, y: position.y, key, node });
      return node;
    },
  };
}
