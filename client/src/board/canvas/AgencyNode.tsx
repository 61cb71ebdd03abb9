import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { Agency } from '../../../../shared/board/agency';
import type { DiffMark } from '../../../../shared/board/boardDiff';
import { useFormatList } from '../../i18n/useFormatList';
import { Phrases } from '../../layout/Phrases';
import { FIELD_COLOUR, FIELD_SYMBOL } from './fieldStyles';

/**
 * What the node says, in the reader's language. Worked out once per agency (nodeCache.ts) rather
 * than by a translation hook in each of a thousand nodes, which cost ~0.3 s of opening a board.
 */
export type AgencyWords = {
  /** The node's accessible name. */
  label: string;
  badges: { key: string; short: string; title: string }[];
  /** Night and holiday response, when there is one. */
  night: string | null;
};

export type AgencyNodeData = {
  agency: Agency;
  words: AgencyWords;
  faded: boolean;
  /** Other participants who have this agency selected. */
  selectedBy: { name: string; colour: string }[];
  /** What happened to it between two terms, when the canvas shows their difference. */
  mark?: { kind: DiffMark; label: string };
};
export type AgencyFlowNode = Node<AgencyNodeData, 'agency'>;

/** An agency on the canvas: field symbols, name, hub-function badges, out-of-hours mark. */
export const AgencyNode = memo(function AgencyNode({ data, selected }: NodeProps<AgencyFlowNode>) {
  const { agency, words, faded, selectedBy, mark } = data;
  const list = useFormatList();
  const primary = agency.fields[0] ?? 'other';
  const remote = selectedBy[0];
  return (
    <div
      className={`agency-node${faded ? ' agency-node-faded' : ''}${selected ? ' agency-node-selected' : ''}${mark ? ` agency-node-${mark.kind}` : ''}`}
      style={{
        borderTopColor: FIELD_COLOUR[primary],
        ...(remote ? { boxShadow: `0 0 0 3px ${remote.colour}` } : {}),
      }}
    >
      <Handle type="target" position={Position.Top} />
      <div className="agency-node-fields" aria-hidden="true">
        {agency.fields.map((f) => (
          <span key={f} style={{ color: FIELD_COLOUR[f] }}>
            {FIELD_SYMBOL[f]}
          </span>
        ))}
      </div>
      {mark && <span className="agency-node-mark">{mark.label}</span>}
      <div className="agency-node-name">
        <Phrases text={agency.name} />
      </div>
      <div className="agency-node-badges">
        {words.badges.map((badge) => (
          <span key={badge.key} className="hub-badge" title={badge.title}>
            {badge.short}
          </span>
        ))}
        {words.night && (
          <span className="night-badge" title={words.night}>
            {words.night}
          </span>
        )}
      </div>
      {remote && (
        <span className="agency-node-peer" style={{ background: remote.colour }}>
          {list(selectedBy.map((p) => p.name))}
        </span>
      )}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});
