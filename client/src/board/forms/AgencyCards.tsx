import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/errorMessage';
import { queryKeys } from '../../api/queryKeys';
import { useApiData } from '../../api/useApiData';
import { cardApi } from '../../cards/cardEndpoints';
import { usePunctuation } from '../../i18n/usePunctuation';

/**
 * この事業所を挙げている地域課題: the cards whose 今あるもの entries cite the agency, found in the
 * council's term documents by the server (only terms the reader may read), as links.
 */
export function AgencyCards({ boardId, agencyId }: { boardId: string; agencyId: string }) {
  const { t, i18n } = useTranslation('board');
  const { parenthesized } = usePunctuation();
  const [cards] = useApiData(queryKeys.agencyCards(boardId, agencyId), () =>
    cardApi.agencyCards(boardId, agencyId),
  );
  return (
    <section aria-labelledby="agency-cards-title" className="agency-cards">
      <h3 id="agency-cards-title">{t('agencyCards.title')}</h3>
      {cards.state === 'loading' && <p>{t('loading')}</p>}
      {cards.state === 'failed' && <p role="alert">{errorMessage(cards.error, i18n)}</p>}
      {cards.state === 'ready' &&
        (cards.data.length === 0 ? (
          <p className="aside">{t('agencyCards.none')}</p>
        ) : (
          <ul>
            {cards.data.map((card) => (
              <li key={card.id}>
                <Link to={`/cards/${card.id}`}>
                  {card.code && `${card.code} `}
                  {card.title}
                </Link>{' '}
                <span className="aside">{parenthesized(card.termName)}</span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
