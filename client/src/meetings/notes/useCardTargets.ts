import { useMemo } from 'react';
import type { AgendaItem } from '../../../../shared/meeting/meetingApi';
import { queryKeys } from '../../api/queryKeys';
import { useApiData } from '../../api/useApiData';
import { cardApi } from '../../cards/cardEndpoints';

/** A card a note can be sent to, as people name it; the agenda's own cards come first. */
export type CardTarget = { id: string; label: string; onAgenda: boolean };

/**
 * The cards of the council's current term, for the facilitator sending notes to them. Loaded
 * only when `enabled` (nobody else can send), and not at all for a council without a term.
 */
export function useCardTargets(
  councilId: string,
  agenda: readonly AgendaItem[],
  enabled: boolean,
): CardTarget[] {
  const [loaded] = useApiData(
    queryKeys.cardTargets(councilId),
    async () => {
      const current = (await cardApi.terms(councilId)).find((term) => term.current);
      return current ? (await cardApi.term(current.id)).cards : [];
    },
    { enabled },
  );
  return useMemo(() => {
    if (loaded.state !== 'ready') return [];
    const onAgenda = new Set(
      agenda.flatMap((item) => item.links.flatMap((l) => (l.kind === 'card' ? [l.id] : []))),
    );
    return loaded.data
      .map((card) => ({
        id: card.id,
        label: [card.code, card.title].filter(Boolean).join(' '),
        onAgenda: onAgenda.has(card.id),
      }))
      .sort((a, b) => Number(b.onAgenda) - Number(a.onAgenda));
  }, [loaded, agenda]);
}
