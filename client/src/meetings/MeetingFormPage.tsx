import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MEETING_KINDS } from '../../../shared/domain';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData, useInvalidate } from '../api/useApiData';
import { ChoiceField, TextField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { SubmitButton } from '../forms/SubmitButton';
import { useFocusFirstError } from '../forms/useFocusFirstError';
import { type FieldErrors, hasErrors } from '../forms/validation';
import { PageHeading } from '../layout/PageHeading';
import { steerersOf } from '../members/steerers';
import { AgendaEditor, type AgendaErrors } from './AgendaEditor';
import {
  bodyOf,
  type DraftField,
  draftErrors,
  draftOf,
  type MeetingDraft,
  newDraft,
} from './meetingDraft';
import { meetingApi } from './meetingEndpoints';
import './meetings.css';

/** `/councils/:id/meetings/new` and `/meetings/:id/edit`: a meeting's details and agenda. */
export function MeetingFormPage() {
  const { t, i18n } = useTranslation();
  const { councilId, meetingId } = useParams();
  const [existing] = useApiData(queryKeys.meeting(meetingId ?? ''), () =>
    meetingId ? meetingApi.get(meetingId) : Promise.resolve(null),
  );
  if (existing.state === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (existing.state === 'failed') {
    return (
      <div className="page">
        <PageHeading title={t('meetings.editTitle')} />
        <Notice tone="error">{errorMessage(existing.error, i18n)}</Notice>
      </div>
    );
  }
  const meeting = existing.data;
  const council = meeting?.councilId ?? councilId ?? '';
  return (
    <MeetingForm
      councilId={council}
      meetingId={meeting?.id}
      initial={meeting ? draftOf(meeting) : newDraft()}
    />
  );
}

type FormProps = { councilId: string; meetingId: string | undefined; initial: MeetingDraft };

function MeetingForm({ councilId, meetingId, initial }: FormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [formRef, focusFirstError] = useFocusFirstError();
  const invalidate = useInvalidate();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<DraftField>>({});
  const [agendaErrors, setAgendaErrors] = useState<AgendaErrors>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const [boards] = useApiData(queryKeys.boards(councilId), () => api.boards(councilId));
  const [people] = useApiData(queryKeys.members(councilId), () => api.members(councilId));
  const members = people.state === 'ready' ? people.data : [];

  const boardList = boards.state === 'ready' ? boards.data.filter((b) => !b.archived) : [];
  const boardName = (id: string) => boardList.find((b) => b.id === id)?.name ?? '';
  const set = (change: Partial<MeetingDraft>) => setDraft((d) => ({ ...d, ...change }));
  const steerers = steerersOf(members);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const body = bodyOf(draft, boardName);
    const found = draftErrors(body);
    setErrors(found.fields);
    setAgendaErrors(found.agenda);
    if (hasErrors(found.fields) || Object.keys(found.agenda).length > 0) return focusFirstError();
    setBusy(true);
    setFailure('');
    try {
      const saved = meetingId
        ? await meetingApi.update(meetingId, body)
        : await meetingApi.create(councilId, body);
      invalidate(queryKeys.meeting(saved.id), queryKeys.meetings(councilId));
      navigate(`/meetings/${saved.id}`);
    } catch (error) {
      setFailure(errorMessage(error, i18n));
      setBusy(false);
    }
  };

  const title = meetingId ? t('meetings.editTitle') : t('meetings.createTitle');
  return (
    <div className="page page-narrow">
      <PageHeading title={title} />
      <Notice tone="error">{failure}</Notice>
      <form ref={formRef} onSubmit={submit} noValidate className="form meeting-form">
        <ChoiceField
          id="kind"
          label={t('meetings.fields.kind')}
          value={draft.kind}
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
          onChange={(kind) => set({ kind })}
        />
        <TextField
          id="title"
          label={t('meetings.fields.title')}
          hint={t('meetings.fields.titleHint')}
          value={draft.title}
          error={errors.title}
          onChange={(e) => set({ title: e.target.value })}
          required
        />
        <TextField
          id="startsAt"
          label={t('meetings.fields.startsAt')}
          type="datetime-local"
          value={draft.startsAt}
          error={errors.startsAt}
          onChange={(e) => set({ startsAt: e.target.value })}
          required
        />
        <TextField
          id="durationMinutes"
          label={t('meetings.fields.durationMinutes')}
          type="number"
          min={5}
          inputMode="numeric"
          value={draft.durationMinutes}
          error={errors.durationMinutes}
          onChange={(e) => set({ durationMinutes: e.target.value })}
          required
        />
        <TextField
          id="place"
          label={t('meetings.fields.place')}
          value={draft.place}
          error={errors.place}
          onChange={(e) => set({ place: e.target.value })}
        />
        <TextField
          id="onlineUrl"
          label={t('meetings.fields.onlineUrl')}
          type="url"
          value={draft.onlineUrl}
          error={errors.onlineUrl}
          onChange={(e) => set({ onlineUrl: e.target.value })}
        />
        <fieldset>
          <legend>{t('meetings.fields.facilitators')}</legend>
          <p className="field-hint">{t('meetings.fields.facilitatorsHint')}</p>
          {steerers.map((m) => (
            <label key={m.userId} className="checkbox">
              <input
                type="checkbox"
                checked={draft.facilitatorIds.includes(m.userId)}
                onChange={(e) =>
                  set({
                    facilitatorIds: e.target.checked
                      ? [...draft.facilitatorIds, m.userId]
                      : draft.facilitatorIds.filter((id) => id !== m.userId),
                  })
                }
              />{' '}
              {m.displayName}
            </label>
          ))}
        </fieldset>
        <AgendaEditor
          items={draft.agenda}
          boards={boardList}
          errors={agendaErrors}
          onChange={(agenda) => set({ agenda })}
        />
        <div className="form-buttons">
          <SubmitButton busy={busy} label={t('meetings.save')} busyLabel={t('meetings.saving')} />
        </div>
      </form>
    </div>
  );
}
