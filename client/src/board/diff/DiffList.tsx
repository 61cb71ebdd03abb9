import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/board/agency';
import { type BoardDiff, type Changed, isDiffEmpty } from '../../../../shared/board/boardDiff';
import type { Tie } from '../../../../shared/board/tie';
import { useFormatList } from '../../i18n/useFormatList';

type Section<T> = { key: string; items: readonly T[]; text: (item: T) => string };

/** What changed between two terms' networks, in words: the list beside the canvas. */
export function DiffList({ diff, names }: { diff: BoardDiff; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('board');
  const list = useFormatList();
  if (isDiffEmpty(diff)) return <p>{t('diff.noChanges')}</p>;
  const nameOf = (id: string) => names.get(id) ?? id;
  const tieText = (tie: Tie) =>
    t('diff.tie', { from: nameOf(tie.from), to: nameOf(tie.to), kind: t(`tieKinds.${tie.kind}`) });
  // The fields are the schemas' own keys, each of which has its label under agency. / tie.
  const fieldsOf = (prefix: 'agency' | 'tie', change: Changed<Agency> | Changed<Tie>) =>
    t('diff.changedFields', {
      fields: list(change.fields.map((field) => t(`${prefix}.${field}` as 'agency.name'))),
    });
  const agencyChange = (change: Changed<Agency>) =>
    `${change.before.name === change.after.name ? change.after.name : t('diff.renamed', { from: change.before.name, to: change.after.name })} — ${fieldsOf('agency', change)}`;
  const sections: Section<Agency>[] = [
    { key: 'agenciesAdded', items: diff.agencies.added, text: (a) => a.name },
    { key: 'agenciesRemoved', items: diff.agencies.removed, text: (a) => a.name },
  ];
  const tieSections: Section<Tie>[] = [
    { key: 'tiesAdded', items: diff.ties.added, text: tieText },
    { key: 'tiesRemoved', items: diff.ties.removed, text: tieText },
  ];
  const render = <T,>(section: Section<T>) =>
    section.items.length > 0 && (
      <section key={section.key} aria-labelledby={`diff-${section.key}`}>
        <h4 id={`diff-${section.key}`}>
          {t(`diff.sections.${section.key}` as 'diff.sections.agenciesAdded', {
            count: section.items.length,
          })}
        </h4>
        <ul>
          {section.items.map((item) => {
            const text = section.text(item);
            return <li key={text}>{text}</li>;
          })}
        </ul>
      </section>
    );
  return (
    <div className="diff-list" data-testid="diff-list">
      {sections.map(render)}
      {render<Changed<Agency>>({
        key: 'agenciesChanged',
        items: diff.agencies.changed,
        text: agencyChange,
      })}
      {tieSections.map(render)}
      {render<Changed<Tie>>({
        key: 'tiesChanged',
        items: diff.ties.changed,
        text: (change) => `${tieText(change.after)} — ${fieldsOf('tie', change)}`,
      })}
    </div>
  );
}
