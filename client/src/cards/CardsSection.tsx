import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CouncilView } from '../../../shared/api';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { cardApi } from './cardEndpoints';

/** The council home's tile for region-issue cards: the current term and the way in. */
export function CardsSection({ council }: { council: CouncilView }) {
  const { t } = useTranslation();
  const [terms] = useApiData(queryKeys.terms(council.id), () => cardApi.terms(council.id));
  const current = terms.state === 'ready' ? terms.data.find((term) => term.current) : undefined;
  return (
    <section aria-labelledby="cards-title" className="card">
      <h2 id="cards-title">{t('cards.title')}</h2>
      <p>{t('cards.homeIntro')}</p>
      {terms.state === 'ready' && (
        <p>{current ? t('cards.currentTerm', { name: current.name }) : t('cards.noTerm')}</p>
      )}
      <p>
        <Link to={`/councils/${council.id}/cards`}>{t('cards.open')}</Link>
      </p>
    </section>
  );
}
