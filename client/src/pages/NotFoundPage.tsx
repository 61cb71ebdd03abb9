import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../layout/PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page page-narrow">
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
