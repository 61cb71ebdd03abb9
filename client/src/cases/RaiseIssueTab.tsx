import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import { type Outcome, OutcomeNotices } from '../forms/Notice';
import { caseApi } from './caseEndpoints';
import { caseErrorText } from './caseError';

/** 個別課題を地域課題へ: the problem without the person, as a draft for the council. */
export function RaiseIssueTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await caseApi.raiseIssue(caseId, { title: title.trim(), description: description.trim() });
      setOutcome({ tone: 'success', text: t('raise.raised') });
      setTitle('');
      setDescription('');
    } catch (error) {
      // The server refuses text that names the person; say so in words the person can act on.
      const names = error instanceof ApiError && error.code === 'bad_request';
      setOutcome({ tone: 'error', text: names ? t('raise.refused') : caseErrorText(error, t) });
    }
  };
  return (
    <section aria-labelledby="raise-title">
      <h2 id="raise-title">{t('raise.title')}</h2>
      <p>{t('raise.intro')}</p>
      <p className="notice notice-info" id="raise-warning">
        ⚠ {t('raise.warning')}
      </p>
      <OutcomeNotices outcome={outcome} />
      <form onSubmit={submit} className="form" noValidate>
        <div className="field">
          <label htmlFor="raise-title-input">{t('raise.titleLabel')}</label>
          <input
            id="raise-title-input"
            value={title}
            maxLength={120}
            aria-describedby="raise-warning"
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="raise-description">{t('raise.description')}</label>
          <textarea
            id="raise-description"
            value={description}
            maxLength={4000}
            rows={6}
            aria-describedby="raise-warning"
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <div className="form-buttons">
          <button type="submit">{t('raise.submit')}</button>
        </div>
      </form>
    </section>
  );
}
