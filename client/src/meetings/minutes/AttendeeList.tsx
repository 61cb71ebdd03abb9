import { useTranslation } from 'react-i18next';
import type { AttendeeView } from '../../../../shared/meeting/minutesApi';
import { useFormatList } from '../../i18n/useFormatList';

/** Who joined the meeting live, members and secretariat first, then guests by link. */
export function AttendeeList({ attendees }: { attendees: readonly AttendeeView[] }) {
  const { t } = useTranslation('minutes');
  const list = useFormatList();
  const groups = [
    { kind: 'member', label: t('members') },
    { kind: 'guest', label: t('guests') },
  ] as const;
  return (
    <section aria-labelledby="minutes-attendees">
      <h2 id="minutes-attendees">{t('attendees')}</h2>
      <p className="hint">{t('attendeesHint')}</p>
      <dl className="minutes-attendees">
        {groups.map(({ kind, label }) => {
          const names = attendees.filter((a) => a.kind === kind).map((a) => a.name);
          return [
            <dt key={`${kind}-label`}>{label}</dt>,
            <dd key={kind}>{names.length > 0 ? list(names) : t('none')}</dd>,
          ];
        })}
      </dl>
    </section>
  );
}
