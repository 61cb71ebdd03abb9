import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PageHeading } from './PageHeading';

/**
 * What a page that failed shows instead of a blank screen: an exception while rendering, or a
 * page's code that would not load (after an update, an old tab asks for files that are gone,
 * which a reload fixes). The header stays, so the person can also leave by the menu.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div className="page page-narrow">
      <PageHeading title={t('routeError.title')} />
      <p role="alert">{t('routeError.body')}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
