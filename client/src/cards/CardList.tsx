import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TermContentsView } from '../../../shared/cardApi';
import { type CardFilter, cardMatcher, NO_FILTER } from '../../../shared/cards/cardFilter';
import { cardTree } from '../../../shared/cards/cardTree';
import { FIELDS, HUB_FUNCTIONS, ISSUE_CARD_STATUSES } from '../../../shared/domain';
import { useFormatList } from '../i18n/useFormatList';
import { Phrases } from '../layout/Phrases';

/** The term's cards as a table a screen reader can walk, filtered by 部会, status, field… */
export function CardList({ contents }: { contents: TermContentsView }) {
  const { t } = useTranslation(['translation', 'board']);
  const list = useFormatList();
  const [filter, setFilter] = useState<CardFilter>(NO_FILTER);
  // Each issue followed by its sub-items, as the proposal writes them.
  const shown = useMemo(
    () => cardTree(contents.cards, cardMatcher(filter)),
    [contents.cards, filter],
  );
  const nameOf = (id: string | null) =>
    contents.subcommittees.find((s) => s.id === id)?.name ?? t('cards.noOwner');
  const set = (patch: Partial<CardFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const select = (
    id: string,
    label: string,
    value: string,
    options: readonly [string, string][],
    onChange: (value: string) => void,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('cards.any')}</option>
        {options.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="list-title">
      <h2 id="list-title">
        {t('cards.views.list')} — {contents.term.name}
      </h2>
      <fieldset className="card-filters">
        <legend>{t('cards.filters')}</legend>
        <div className="field">
          <label htmlFor="card-search">{t('cards.search')}</label>
          <p id="card-search-hint" className="field-hint">
            {t('cards.searchHint')}
          </p>
          <input
            id="card-search"
            type="search"
            aria-describedby="card-search-hint"
            value={filter.text}
            onChange={(e) => set({ text: e.target.value })}
          />
        </div>
        {select(
          'filter-sub',
          t('cards.owner'),
          filter.subcommittee,
          [
            ...contents.subcommittees.map((s): [string, string] => [s.id, s.name]),
            ['none', t('cards.noOwner')],
          ],
          (v) => set({ subcommittee: v }),
        )}
        {select(
          'filter-status',
          t('cards.status'),
          filter.status,
          ISSUE_CARD_STATUSES.map((s): [string, string] => [s, t(`cards.statuses.${s}`)]),
          (v) => set({ status: v as CardFilter['status'] }),
        )}
        {select(
          'filter-field',
          t('cards.fieldsLabel'),
          filter.field,
          FIELDS.map((f): [string, string] => [f, t(`board:fields.${f}`)]),
          (v) => set({ field: v as CardFilter['field'] }),
        )}
        {select(
          'filter-hub',
          t('cards.hubFunctionsLabel'),
          filter.hubFunction,
          HUB_FUNCTIONS.map((h): [string, string] => [h, t(`board:hubFunctions.${h}`)]),
          (v) => set({ hubFunction: v as CardFilter['hubFunction'] }),
        )}
      </fieldset>
      <p role="status">{t('cards.shown', { count: shown.length })}</p>
      {shown.length === 0 ? (
        <p>{t('cards.noMatch')}</p>
      ) : (
        <table className="card-list">
          <thead>
            <tr>
              <th scope="col">{t('cards.cardCode')}</th>
              <th scope="col">{t('cards.issue')}</th>
              <th scope="col">{t('cards.owner')}</th>
              <th scope="col">{t('cards.status')}</th>
              <th scope="col">{t('cards.fieldsLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ card, parent }) => (
              <tr key={card.id} className={parent ? 'card-list-child' : undefined}>
                <td>{card.code}</td>
                <th scope="row">
                  {parent && <span aria-hidden="true">└ </span>}
                  <Link to={`/cards/${card.id}`}>
                    <Phrases text={card.title} />
                  </Link>
                  {parent && (
                    <span className="aside">
                      {' '}
                      {t('cards.subItemOf', {
                        parent: `${parent.code ? `${parent.code} ` : ''}${parent.title}`,
                      })}
                    </span>
                  )}
                </th>
                <td>{nameOf(card.subcommitteeId)}</td>
                <td>{t(`cards.statuses.${card.status}`)}</td>
                <td>{list(card.fields.map((f) => t(`board:fields.${f}`)))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
