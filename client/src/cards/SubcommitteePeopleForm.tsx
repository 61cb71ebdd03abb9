import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubcommitteeView } from '../../../shared/cardApi';
import { api } from '../api/endpoints';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { SelectField } from '../forms/Field';
import { OutcomeNotices } from '../forms/Notice';
import { SaveOrCancel } from '../forms/SaveOrCancel';
import { useSubmit } from '../forms/useSubmit';
import { usePunctuation } from '../i18n/usePunctuation';
import { cardApi } from './cardEndpoints';

/**
 * The secretariat names a 部会's members (check boxes of the council's people) and its chair
 * (one of the council's people, or none). Plain form controls, so keys and screen readers work
 * as everywhere; the server checks again that everyone named belongs to the council.
 */
export function SubcommitteePeopleForm({
  councilId,
  subcommittee,
  onDone,
  onSaved,
}: {
  councilId: string;
  subcommittee: SubcommitteeView;
  onDone: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { aside } = usePunctuation();
  const [people] = useApiData(queryKeys.members(councilId), () => api.members(councilId));
  const [memberIds, setMemberIds] = useState(() => subcommittee.members.map((m) => m.userId));
  const [chairId, setChairId] = useState(subcommittee.chair?.userId ?? '');
  const { outcome, busy, submit } = useSubmit();
  const prefix = `sub-${subcommittee.id}`;
  const toggle = (userId: string, on: boolean) =>
    setMemberIds((ids) => (on ? [...ids, userId] : ids.filter((id) => id !== userId)));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit(async () => {
      await cardApi.updateSubcommittee(subcommittee.id, { memberIds, chairId: chairId || null });
      return t('cards.peopleSaved', { name: subcommittee.name });
    });
    if (ok) onSaved();
  };

  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{t('cards.editPeopleOf', { name: subcommittee.name })}</h3>
      <OutcomeNotices outcome={outcome} />
      {people.state === 'loading' && <p>{t('app.loading')}</p>}
      {people.state === 'ready' && (
        <>
          <fieldset className="people-choices">
            <legend>{t('cards.members')}</legend>
            {people.data.map((person) => (
              <label key={person.userId} className="people-choice">
                <input
                  type="checkbox"
                  checked={memberIds.includes(person.userId)}
                  onChange={(e) => toggle(person.userId, e.target.checked)}
                />{' '}
                {aside(person.displayName, t(`roles.${person.role}`))}
              </label>
            ))}
          </fieldset>
          <SelectField
            id={`${prefix}-chair`}
            label={t('cards.chair')}
            value={chairId}
            onChange={(e) => setChairId(e.target.value)}
          >
            <option value="">{t('cards.noChair')}</option>
            {people.data.map((person) => (
              <option key={person.userId} value={person.userId}>
                {person.displayName}
              </option>
            ))}
          </SelectField>
        </>
      )}
      <SaveOrCancel
        busy={busy}
        saveLabel={t('cards.savePeople')}
        busyLabel={t('app.loading')}
        cancelLabel={t('cards.cancel')}
        onCancel={onDone}
      />
    </form>
  );
}
