import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../session/SessionContext';

/** `/`: the person's council home; a choice when they belong to several; a word when to none. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const me = useMe();
  const [only, ...others] = me.councils;
  if (only && others.length === 0) return <Navigate to={`/councils/${only.id}`} replace />;
  return (
    <div className="page page-narrow">
      <PageHeading title={t('home.chooseCouncil')} />
      {me.councils.length === 0 ? (
        <p>{t('home.noCouncil')}</p>
      ) : (
        <ul className="board-list">
          {me.councils.map((council) => (
            <li key={council.id} className="board-item">
              <Link to={`/councils/${council.id}`} className="board-link">
                {council.name}
              </Link>
              <span className="board-meta">{t(`roles.${council.role}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
