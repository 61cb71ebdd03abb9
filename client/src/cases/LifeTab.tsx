import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addTimelineEntry,
  removeTimelineEntries,
  updateTimelineEntry,
} from '../../../shared/case/document';
import { transitionsWithoutSuccessor } from '../../../shared/case/gaps';
import { TRANSITIONS, type Transition } from '../../../shared/case/lifeTimeline';
import { LIFE_STAGES, type LifeStage } from '../../../shared/domain';
import { ChoiceField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { formatDay } from '../i18n/formatDate';
import { usePunctuation } from '../i18n/usePunctuation';
import { DocText, useIssuesText } from './DocInputs';
import { splitNames } from './splitNames';
import type { CaseTabProps } from './useCaseDocument';

/** The life-stage timeline; a transition with nobody to take over is flagged in words. */
export function LifeTab({ doc, data, editable }: CaseTabProps) {
  const { t, i18n } = useTranslation('cases');
  const mark = usePunctuation();
  const gaps = new Set(transitionsWithoutSuccessor(data.timeline).map((e) => e.id));
  return (
    <section aria-labelledby="life-title">
      <h2 id="life-title">{t('life.title')}</h2>
      <p>{t('life.intro')}</p>
      {gaps.size > 0 && (
        <p className="notice notice-error">⚠ {t('life.gapsSummary', { count: gaps.size })}</p>
      )}
      {data.timeline.length === 0 ? (
        <p>{t('life.empty')}</p>
      ) : (
        <ol className="timeline">
          {data.timeline.map((e) => (
            <li key={e.id} className={gaps.has(e.id) ? 'timeline-entry has-gap' : 'timeline-entry'}>
              <strong>
                {formatDay(e.date, i18n.language)}{' '}
                {e.kind === 'stage'
                  ? t(`lifeStages.${e.stage ?? 'adult'}`)
                  : t(`transitions.${e.transition ?? 'other'}`)}
              </strong>
              {e.kind === 'transition' && (
                <div className="field">
                  <label htmlFor={`takes-${e.id}`}>{t('life.takesOver')}</label>
                  <DocText
                    id={`takes-${e.id}`}
                    label={t('life.takesOver')}
                    value={e.takesOver.join(mark.comma)}
                    disabled={!editable}
                    onCommit={(v) => updateTimelineEntry(doc, e.id, { takesOver: splitNames(v) })}
                  />
                  {gaps.has(e.id) && <p className="gap">{t('life.noSuccessor')}</p>}
                </div>
              )}
              {e.note && <p>{e.note}</p>}
              {editable && (
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => removeTimelineEntries(doc, [e.id])}
                >
                  {t('ecomap.remove')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && <AddTimelineForm doc={doc} />}
    </section>
  );
}

function AddTimelineForm({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation('cases');
  const issuesText = useIssuesText();
  const [kind, setKind] = useState<'stage' | 'transition'>('transition');
  const [date, setDate] = useState('');
  const [stage, setStage] = useState<LifeStage>('adult');
  const [transition, setTransition] = useState<Transition>('age65LongTermCare');
  const [takesOver, setTakesOver] = useState('');
  const [failure, setFailure] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = addTimelineEntry(
      doc,
      kind === 'stage'
        ? { kind, date, stage }
        : { kind, date, transition, takesOver: splitNames(takesOver) },
    );
    setFailure(issuesText(result));
    if (result.ok) setTakesOver('');
  };
  return (
    <form onSubmit={submit} className="form form-inline" noValidate>
      <ChoiceField
        id="life-kind"
        label={t('life.kind')}
        value={kind}
        onChange={setKind}
        options={[
          { value: 'stage', label: t('life.kindStage') },
          { value: 'transition', label: t('life.kindTransition') },
        ]}
      />
      <div className="field">
        <label htmlFor="life-date">{t('life.date')}</label>
        <input id="life-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      {kind === 'stage' ? (
        <ChoiceField
          id="life-stage"
          label={t('life.stage')}
          value={stage}
          onChange={setStage}
          options={LIFE_STAGES.map((s) => ({ value: s, label: t(`lifeStages.${s}`) }))}
        />
      ) : (
        <>
          <ChoiceField
            id="life-transition"
            label={t('life.transition')}
            value={transition}
            onChange={setTransition}
            options={TRANSITIONS.map((s) => ({ value: s, label: t(`transitions.${s}`) }))}
          />
          <div className="field">
            <label htmlFor="life-takes">{t('life.takesOver')}</label>
            <input
              id="life-takes"
              value={takesOver}
              onChange={(e) => setTakesOver(e.target.value)}
            />
          </div>
        </>
      )}
      <div className="form-buttons">
        <button type="submit">{t('life.add')}</button>
      </div>
      <Notice tone="error">{failure}</Notice>
    </form>
  );
}
