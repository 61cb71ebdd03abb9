import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import { Notice } from '../forms/Notice';
import { useSession } from '../session/SessionContext';

export function SignOutEverywhere() {
  const { t, i18n } = useTranslation();
  const { setMe } = useSession();
  const navigate = useNavigate();
  const [failure, setFailure] = useState('');

  const signOutEverywhere = async () => {
    if (!window.confirm(t('profile.everywhere.confirm'))) return;
    try {
      await api.signOutEverywhere();
      setMe(null);
      navigate('/sign-in');
    } catch (error) {
      setFailure(errorMessage(error, i18n));
    }
  };

  return (
    <section aria-labelledby="everywhere-title" className="card">
      <h2 id="everywhere-title">{t('profile.everywhere.title')}</h2>
      <p>{t('profile.everywhere.body')}</p>
      <Notice tone="error">{failure}</Notice>
      <button type="button" className="button-danger" onClick={signOutEverywhere}>
        {t('profile.everywhere.submit')}
      </button>
    </section>
  );
}
