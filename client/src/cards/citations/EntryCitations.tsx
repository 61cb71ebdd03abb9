import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgencyCitation, CardEntry } from '../../../../shared/cards/cardEntry';
import { citeAgency, uncite } from '../../../../shared/cards/citations';
import type { TableActions } from '../CardTable';
import { TABLE_ORIGIN } from '../EntryItem';
import { AgencyPicker } from './AgencyPicker';
import { useCitedAgency } from './useCitedBoards';

/** The agencies a 今あるもの entry cites, by their current names, and the way to cite one. */
export function EntryCitations({ entry, actions }: { entry: CardEntry; actions: TableActions }) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const cited = entry.citations ?? [];
  const { doc, editable } = actions;
  return (
    <>
      {cited.length > 0 && (
        <ul className="entry-citations" aria-label={t('cards.citations.of', { text: entry.text })}>
          {cited.map((citation) => (
            <Citation
              key={`${citation.boardId}/${citation.agencyId}`}
              citation={citation}
              editable={editable}
              onRemove={(name) => {
                if (uncite(doc, entry.id, citation, TABLE_ORIGIN).ok) {
                  actions.announce(t('cards.citations.removed', { name }));
                }
              }}
            />
          ))}
        </ul>
      )}
      {editable &&
        (picking ? (
          <AgencyPicker
            councilId={actions.councilId}
            label={t('cards.citations.pickFor', { text: entry.text })}
            cited={cited}
            onDone={() => setPicking(false)}
            onPick={(citation, name) => {
              if (citeAgency(doc, entry.id, citation, TABLE_ORIGIN).ok) {
                actions.announce(t('cards.citations.added', { name }));
                setPicking(false);
              } else actions.announce(t('cards.citations.refused'));
            }}
          />
        ) : (
          <button
            type="button"
            className="button-link entry-cite"
            aria-label={t('cards.citations.citeIn', { text: entry.text })}
            onClick={() => setPicking(true)}
          >
            <span aria-hidden="true">+</span> {t('cards.citations.cite')}
          </button>
        ))}
    </>
  );
}

function Citation({
  citation,
  editable,
  onRemove,
}: {
  citation: AgencyCitation;
  editable: boolean;
  onRemove: (name: string) => void;
}) {
  const { t } = useTranslation();
  const agency = useCitedAgency(citation);
  const name = agency.kind === 'agency' ? agency.name : t(`cards.citations.kinds.${agency.kind}`);
  return (
    <li className={`entry-citation entry-citation-${agency.kind}`}>
      {agency.kind === 'agency' ? (
        <Link to={`/boards/${citation.boardId}`}>{agency.name}</Link>
      ) : (
        <span>{name}</span>
      )}
      {editable && (
        <button
          type="button"
          className="button-link"
          aria-label={t('cards.citations.remove', { name })}
          onClick={() => onRemove(name)}
        >
          ×
        </button>
      )}
    </li>
  );
}
