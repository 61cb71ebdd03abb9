import { useTranslation } from 'react-i18next';
import { areaOf, type Wall } from '../../../../shared/meeting/noteWall';
import { UserText } from '../../furigana/UserText';
import { useRubyT } from '../../furigana/useRubyT';
import { useFormatList } from '../../i18n/useFormatList';
import { usePunctuation } from '../../i18n/usePunctuation';

/** A small group's area of the note wall, named for the reader, with who was in the group. */
export type Area = { id: string; label: string; members: string[] };

/** What each group wrote, for everyone once the groups are called back. */
export function BreakoutOutcomes({ wall, groups }: { wall: Wall; groups: Area[] }) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const list = useFormatList();
  const { parenthesized } = usePunctuation();
  return (
    <section aria-labelledby="breakout-outcomes" className="breakout-outcomes">
      <h3 id="breakout-outcomes">{r('meetings.breakouts.outcomes')}</h3>
      {groups.map((group) => {
        const area = areaOf(wall, group.id);
        const headingOf = (groupId: string | undefined) => {
          const title = area.groups.find((g) => g.id === groupId)?.title;
          return title ? ` ${parenthesized(title)}` : '';
        };
        return (
          <section key={group.id} aria-labelledby={`outcome-${group.id}`} className="outcome">
            <h4 id={`outcome-${group.id}`}>{group.label}</h4>
            <p>
              {group.members.length === 0
                ? t('meetings.breakouts.empty')
                : t('meetings.breakouts.membersWere', { names: list(group.members) })}
            </p>
            {area.notes.length === 0 ? (
              <p>{r('meetings.notes.noNotes')}</p>
            ) : (
              <ul>
                {area.notes.map((note) => (
                  <li key={note.id}>
                    <UserText text={note.text} />
                    {headingOf(note.groupId)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
