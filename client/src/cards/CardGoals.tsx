import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { type CardGoal, GOAL_HORIZONS, type GoalHorizon } from '../../../shared/cards/cardPlan';
import {
  addCardGoal,
  type CardPlan,
  removeCardGoal,
  updateCardGoal,
} from '../../../shared/cards/planDocument';
import { DocForm } from '../cases/DocForm';
import { DocText } from '../cases/DocInputs';
import { TextField } from '../forms/Field';
import { useFields } from '../forms/useFields';
import { formatDay } from '../i18n/formatDate';
import { usePunctuation } from '../i18n/usePunctuation';

type Props = { doc: Y.Doc; cardId: string; plan: CardPlan; editable: boolean };

/** A card's goals by horizon (短期 / 中期 / 長期), each edited in place, co-edited live. */
export function CardGoals({ doc, cardId, plan, editable }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="goals-title">
      <h2 id="goals-title">{t('cards.plan.goals')}</h2>
      <div className="card-goals">
        {GOAL_HORIZONS.map((horizon) => (
          <section key={horizon} aria-labelledby={`goals-${horizon}`} className="card-goal-horizon">
            <h3 id={`goals-${horizon}`}>{t(`cards.plan.horizons.${horizon}`)}</h3>
            {plan.goals[horizon].length === 0 ? (
              <p className="aside">{t('cards.plan.noGoals')}</p>
            ) : (
              <ul className="card-goal-list">
                {plan.goals[horizon].map((goal) => (
                  <li key={goal.id}>
                    <Goal doc={doc} goal={goal} editable={editable} />
                  </li>
                ))}
              </ul>
            )}
            {editable && <NewGoal doc={doc} cardId={cardId} horizon={horizon} />}
          </section>
        ))}
      </div>
    </section>
  );
}

function Goal({ doc, goal, editable }: { doc: Y.Doc; goal: CardGoal; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const { labelled, separator } = usePunctuation();
  const horizon = t(`cards.plan.horizons.${goal.horizon}`);
  const bar = (
    <progress className="card-goal-progress" max={100} value={goal.progress} aria-hidden="true" />
  );
  if (!editable) {
    return (
      <>
        <p className="card-goal-text">{goal.text}</p>
        <p className="aside">
          {goal.targetDate &&
            labelled(t('cards.plan.targetDate'), formatDay(goal.targetDate, i18n.language)) +
              separator}
          {t('cards.plan.progressOf', { progress: goal.progress })}
        </p>
        {bar}
      </>
    );
  }
  const label = (field: string) => t('cards.plan.goalField', { horizon, text: goal.text, field });
  return (
    <div className="card-goal-fields">
      <DocText
        id={`goal-${goal.id}-text`}
        aria-label={label(t('cards.plan.goalText'))}
        label={t('cards.plan.goalText')}
        value={goal.text}
        maxLength={500}
        onCommit={(text) => updateCardGoal(doc, goal.id, { text }, null)}
      />
      <DocText
        id={`goal-${goal.id}-targetDate`}
        type="date"
        aria-label={label(t('cards.plan.targetDate'))}
        label={t('cards.plan.targetDate')}
        value={goal.targetDate}
        onCommit={(targetDate) => updateCardGoal(doc, goal.id, { targetDate }, null)}
      />
      <DocText
        id={`goal-${goal.id}-progress`}
        type="number"
        min={0}
        max={100}
        step={5}
        aria-label={label(t('cards.plan.progress'))}
        label={t('cards.plan.progress')}
        value={String(goal.progress)}
        onCommit={(progress) =>
          updateCardGoal(doc, goal.id, { progress: toNumber(progress) }, null)
        }
      />
      {bar}
      <button
        type="button"
        className="button-secondary"
        aria-label={t('cards.plan.removeGoal', { text: goal.text })}
        onClick={() => removeCardGoal(doc, goal.id, null)}
      >
        {t('cards.remove')}
      </button>
    </div>
  );
}

/** An empty field is no progress yet; anything else the schema judges (a word is refused). */
const toNumber = (value: string): number => (value.trim() === '' ? 0 : Number(value));

function NewGoal({ doc, cardId, horizon }: { doc: Y.Doc; cardId: string; horizon: GoalHorizon }) {
  const { t } = useTranslation();
  const { labelled } = usePunctuation();
  const form = useFields({ text: '', targetDate: '', progress: '' }, `new-goal-${horizon}`);
  const name = t(`cards.plan.horizons.${horizon}`);
  return (
    <DocForm
      className="form form-inline"
      submitLabel={t('cards.plan.addGoal', { horizon: name })}
      write={() =>
        addCardGoal(
          doc,
          { cardId, horizon, ...form.values, progress: toNumber(form.values.progress) },
          null,
        )
      }
      onWritten={() => form.reset()}
    >
      <TextField
        label={labelled(name, t('cards.plan.goalText'))}
        maxLength={500}
        {...form.field('text')}
      />
      <TextField label={t('cards.plan.targetDate')} type="date" {...form.field('targetDate')} />
      <TextField
        label={t('cards.plan.progress')}
        type="number"
        min={0}
        max={100}
        step={5}
        {...form.field('progress')}
      />
    </DocForm>
  );
}
