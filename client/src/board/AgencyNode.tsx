import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/board/agency';
import { FIELD_COLOUR, FIELD_SYMBOL } from './fieldStyles';

export type AgencyNodeData = {
  agency: Agency;
  faded: boolean;
  /** Other participants who have this agency selected. */
  selectedBy: { name: string; colour: string }[];
};
export type AgencyFlowNode = Node<AgencyNodeData, 'agency'>;

/** An agency on the canvas: field symbols, name, hub-function badges, out-of-hours mark. */
export const AgencyNode = memo(function AgencyNode({ data, selected }: NodeProps<AgencyFlowNode>) {
  const { t } = useTranslation('board');
  const { agency, faded, selectedBy } = data;
  const primary = agency.fields[0] ?? 'other';
  const remote = selectedBy[0];
  return (
    <div
      className={`agency-node${faded ? ' agency-node-faded' : ''}${selected ? ' agency-node-selected' : ''}`}
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
      <div className="agency-node-name">{agency.name}</div>
      <div className="agency-node-badges">
        {agency.hubFunctions.map((fn) => (
          <span key={fn} className="hub-badge" title={t(`hubFunctions.${fn}`)}>
            {t(`hubShort.${fn}`)}
          </span>
        ))}
        {agency.nightHolidayResponse !== 'none' && (
          <span className="night-badge" title={t(`nightHoliday.${agency.nightHolidayResponse}`)}>
            {t(`nightHoliday.${agency.nightHolidayResponse}`)}
          </span>
        )}
      </div>
      {remote && (
        <span className="agency-node-peer" style={{ background: remote.colour }}>
          {selectedBy.map((p) => p.name).join('、')}
        </span>
      )}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});
