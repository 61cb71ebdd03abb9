import { useTranslation } from 'react-i18next';

/** What shows while the app is still finding out what to show (the session, a page's code). */
export function AppLoading() {
  const { t } = useTranslation();
  return <p className="loading">{t('app.loading')}</p>;
}
