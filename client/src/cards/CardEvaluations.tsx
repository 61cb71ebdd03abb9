import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CardEvaluation } from '../../../shared/cards/cardPlan';
import {
  addCardEvaluation,
  type CardPlan,
  removeCardEvaluation,
  updateCardEvaluation,
} from '../../../shared/cards/planDocument';
import { DocForm } from '../cases/DocForm';
import { DocText } from '../cases/DocInputs';
import { TextField } from '../forms/Field';
import { useFields } from '../forms/useFields';

type Props = { doc: Y.Doc; cardId: string; plan: CardPlan; editable: boolean };

const FIELDS = ['achieved', 'indicator', 'nextStep'] as const;

/** A card's evaluations, newest first: what was achieved, by which indicator, what comes next. */
export function CardEvaluations({ doc, cardId, plan, editable }: Props) {
  const { t } = useTranslation();
  const form = useFields(
    { date: new Date().toISOString().slice(0, 10), achieved: '', indicator: '', nextStep: '' },
    'new-evaluation',
  );
  return (
    <section aria-labelledby="evaluations-title">
      <h2 id="evaluations-title">{t('cards.plan.evaluations')}</h2>
      {plan.evaluations.length === 0 ? (
        <p className="aside">{t('cards.plan.noEvaluations')}</p>
      ) : (
        <ol className="card-evaluations">
          {plan.evaluations.map((evaluation) => (
            <li key={evaluation.id}>
              <Evaluation doc={doc} evaluation={evaluation} editable={editable} />
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <DocForm
          submitLabel={t('cards.plan.addEvaluation')}
          write={() => addCardEvaluation(doc, { cardId, ...form.values }, null)}
          onWritten={() => form.reset('achieved', 'indicator', 'nextStep')}
        >
          <TextField label={t('cards.plan.date')} type="date" {...form.field('date')} />
          <TextField
            label={t('cards.plan.achieved')}
            maxLength={1000}
            {...form.field('achieved')}
          />
          <TextField
            label={t('cards.plan.indicator')}
            maxLength={300}
            {...form.field('indicator')}
          />
          <TextField label={t('cards.plan.nextStep')} maxLength={500} {...form.field('nextStep')} />
        </DocForm>
      )}
    </section>
  );
}

function Evaluation({
  doc,
  evaluation,
  editable,
}: {
  doc: Y.Doc;
  evaluation: CardEvaluation;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { date } = evaluation;
  return (
    <>
      <h3 className="card-evaluation-date">
        <time dateTime={date}>{date}</time>
      </h3>
      <dl className="card-facts">
        {FIELDS.map((field) => (
          <div key={field} className="card-fact">
            <dt>{t(`cards.plan.${field}`)}</dt>
            <dd>
              {editable ? (
                <DocText
                  id={`evaluation-${evaluation.id}-${field}`}
                  aria-label={t('cards.plan.evaluationField', {
                    date,
                    field: t(`cards.plan.${field}`),
                  })}
                  label={t(`cards.plan.${field}`)}
                  value={evaluation[field]}
                  onCommit={(value) =>
                    updateCardEvaluation(doc, evaluation.id, { [field]: value }, null)
                  }
                />
              ) : (
                (evaluation[field] ?? '—')
              )}
            </dd>
          </div>
        ))}
      </dl>
      {editable && (
        <button
          type="button"
          className="button-secondary"
          aria-label={t('cards.plan.removeEvaluation', { date })}
          onClick={() => removeCardEvaluation(doc, evaluation.id, null)}
        >
          {t('cards.remove')}
        </button>
      )}
    </>
  );
}
