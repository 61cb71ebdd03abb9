import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../session/SessionContext';

/** `/`: the person's council home, or an explanation when they belong to none. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const me = useMe();
  const first = me.councils[0];
  if (first) return <Navigate to={`/councils/${first.id}`} replace />;
  return (
    <div className="page page-narrow">
      <PageHeading title={t('app.name')} />
      <p>{t('home.noCouncil')}</p>
    </div>
  );
}
