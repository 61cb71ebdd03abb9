// A tie drawn with the mouse: from an agency's handle, released on another agency — on its small
// handle or anywhere on its card. The new tie gets the usual kind, and the reader hears which
// and how to change it.
import type { Connection, OnConnectEnd } from '@xyflow/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Agency } from '../../../../shared/board/agency';
import { addTie } from '../../../../shared/board/document';
import type { TieKind } from '../../../../shared/domain';
import { useIssueText } from '../../forms/useIssueText';
import type { LocalOrigin } from '../document/useBoardHistory';
import { agencyIdOf } from './useRovingFocus';

const DRAWN_KIND: TieKind = 'cooperation';

export function useDropTie({
  doc,
  origin,
  agencies,
  onAnnounce,
  onNotice,
}: {
  doc: Y.Doc;
  origin: LocalOrigin;
  agencies: readonly Agency[];
  onAnnounce: (message: string) => void;
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation('board');
  const textOf = useIssueText();
  const tie = useCallback(
    (from: string, to: string) => {
      const result = addTie(doc, { from, to, kind: DRAWN_KIND }, origin);
      if (!result.ok) {
        onNotice(textOf(result.issues[0] ?? { code: 'invalid' }));
        return;
      }
      onNotice('');
      const name = (id: string) => agencies.find((a) => a.id === id)?.name ?? '';
      onAnnounce(
        t('workspace.tieDropped', {
          from: name(from),
          to: name(to),
          kind: t(`tieKinds.${DRAWN_KIND}`),
        }),
      );
    },
    [doc, origin, agencies, onAnnounce, onNotice, t, textOf],
  );

  const onConnect = useCallback((c: Connection) => tie(c.source, c.target), [tie]);

  // Released away from any handle React Flow could connect to: the card under the pointer.
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const under = document.elementFromPoint(point.clientX, point.clientY);
      const to = under ? agencyIdOf(under) : null;
      if (to && to !== state.fromNode.id) tie(state.fromNode.id, to);
    },
    [tie],
  );

  return { onConnect, onConnectEnd };
}
