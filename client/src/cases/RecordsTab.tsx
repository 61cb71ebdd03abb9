import { useState } from 'react';
import { addConferenceRecord } from '../../../shared/case/document';
import { TextField } from '../forms/Field';
import { DocForm } from './DocForm';
import { useCasesTranslation } from './i18n';
import { splitNames } from './splitNames';
import type { CaseTabProps } from './useCaseDocument';

/** A short record of each conference: date, who attended, what was agreed. */
export function RecordsTab({ doc, data, editable }: CaseTabProps) {
  const { t } = useCasesTranslation();
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [attendees, setAttendees] = useState('');
  const [agreed, setAgreed] = useState('');
  return (
    <section aria-labelledby="records-title">
      <h2 id="records-title">{t('records.title')}</h2>
      {data.records.length === 0 ? (
        <p>{t('records.empty')}</p>
      ) : (
        data.records.map((r) => (
          <article key={r.id} className="card conference-record">
            <h3>{r.date}</h3>
            <p>
              {t('records.attendees')}：{r.attendees.join('、')}
            </p>
            <p className="pre-line">{r.agreed}</p>
          </article>
        ))
      )}
      {editable && (
        <DocForm
          submitLabel={t('records.add')}
          write={() => addConferenceRecord(doc, { date, attendees: splitNames(attendees), agreed })}
          onWritten={() => setAgreed('')}
        >
          <TextField
            id="record-date"
            label={t('records.date')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
          <TextField
            id="record-attendees"
            label={t('records.attendees')}
            value={attendees}
            onChange={(e) => setAttendees(e.target.value)}
          />
          <div className="field">
            <label htmlFor="record-agreed">{t('records.agreed')}</label>
            <textarea
              id="record-agreed"
              value={agreed}
              rows={4}
              maxLength={4000}
              onChange={(e) => setAgreed(e.target.value)}
            />
          </div>
        </DocForm>
      )}
    </section>
  );
}
