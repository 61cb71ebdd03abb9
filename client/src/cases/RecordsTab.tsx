import { useTranslation } from 'react-i18next';
import { addConferenceRecord } from '../../../shared/case/document';
import { TextField } from '../forms/Field';
import { useFields } from '../forms/useFields';
import { formatDay } from '../i18n/formatDate';
import { useFormatList } from '../i18n/useFormatList';
import { usePunctuation } from '../i18n/usePunctuation';
import { DocForm } from './DocForm';
import { splitNames } from './splitNames';
import type { CaseTabProps } from './useCaseDocument';

/** A short record of each conference: date, who attended, what was agreed. */
export function RecordsTab({ doc, data, editable }: CaseTabProps) {
  const { t, i18n } = useTranslation('cases');
  const mark = usePunctuation();
  const list = useFormatList();
  const today = new Date().toISOString().slice(0, 10);
  const form = useFields({ date: today, attendees: '', agreed: '' }, 'record');
  const agreed = form.field('agreed');
  return (
    <section aria-labelledby="records-title">
      <h2 id="records-title">{t('records.title')}</h2>
      {data.records.length === 0 ? (
        <p>{t('records.empty')}</p>
      ) : (
        data.records.map((r) => (
          <article key={r.id} className="card conference-record">
            <h3>{formatDay(r.date, i18n.language)}</h3>
            <p>{mark.labelled(t('records.attendees'), list(r.attendees))}</p>
            <p className="pre-line">{r.agreed}</p>
          </article>
        ))
      )}
      {editable && (
        <DocForm
          submitLabel={t('records.add')}
          write={() =>
            addConferenceRecord(doc, {
              ...form.values,
              attendees: splitNames(form.values.attendees),
            })
          }
          onWritten={() => form.reset('agreed')}
        >
          <TextField label={t('records.date')} type="date" {...form.field('date')} />
          <TextField label={t('records.attendees')} {...form.field('attendees')} />
          <div className="field">
            <label htmlFor={agreed.id}>{t('records.agreed')}</label>
            <textarea rows={4} maxLength={4000} {...agreed} />
          </div>
        </DocForm>
      )}
    </section>
  );
}
