import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeForSearch } from '../../../../shared/board/text';
import type { CitableAgencyView } from '../../../../shared/cardApi';
import type { AgencyCitation } from '../../../../shared/cards/cardEntry';
import { errorMessage } from '../../api/errorMessage';
import { queryKeys } from '../../api/queryKeys';
import { useApiData } from '../../api/useApiData';
import { usePunctuation } from '../../i18n/usePunctuation';
import { cardApi } from '../cardEndpoints';
// Also drawn on the meeting page (the spotlight), whose code does not load the cards pages' styles.
import '../cards.css';

const SHOWN = 30;

const matches = (agency: CitableAgencyView, query: string) =>
  query === '' ||
  normalizeForSearch(agency.name).includes(query) ||
  normalizeForSearch(agency.kana).includes(query);

/**
 * Finds an agency on the council's boards by name or reading (ｶﾅ, カナ and かな alike): a
 * combobox (ARIA 1.2 pattern) whose list follows the text typed; arrows move through the list,
 * Enter cites the one shown as active, Escape closes.
 */
export function AgencyPicker({
  councilId,
  label,
  cited,
  onPick,
  onDone,
}: {
  councilId: string;
  /** Says which entry the agency will be cited in. */
  label: string;
  cited: readonly AgencyCitation[];
  onPick: (citation: AgencyCitation, name: string) => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { parenthesized } = usePunctuation();
  const id = useId();
  const [agencies] = useApiData(queryKeys.citableAgencies(councilId), () =>
    cardApi.citableAgencies(councilId),
  );
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const folded = normalizeForSearch(query);
  const options = useMemo(
    () =>
      agencies.state === 'ready'
        ? agencies.data
            .filter(
              (agency) =>
                matches(agency, folded) &&
                !cited.some((c) => c.boardId === agency.boardId && c.agencyId === agency.agencyId),
            )
            .slice(0, SHOWN)
        : [],
    [agencies, folded, cited],
  );
  const current = options[Math.min(active, options.length - 1)];
  const optionId = (index: number) => `${id}-option-${index}`;
  const pick = (agency: CitableAgencyView) =>
    onPick({ boardId: agency.boardId, agencyId: agency.agencyId }, agency.name);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.max(0, Math.min(options.length - 1, index + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) pick(current);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <div className="agency-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(options.indexOf(current)) : undefined}
        aria-describedby={`${id}-count`}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        // biome-ignore lint/a11y/noAutofocus: opened by the person's own click on 事業所を挙げる
        autoFocus
      />
      <p id={`${id}-count`} className="aside" role="status">
        {agencies.state === 'loading' && t('app.loading')}
        {agencies.state === 'failed' && errorMessage(agencies.error, i18n)}
        {agencies.state === 'ready' && t('cards.citations.found', { count: options.length })}
      </p>
      <div id={`${id}-list`} role="listbox" aria-label={label} className="agency-options">
        {options.map((agency, index) => (
          // The keys stay on the combobox (aria-activedescendant names the active option), as
          // the ARIA combobox pattern has it; a click or tap picks an option too.
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the combobox
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox
          <div
            key={`${agency.boardId}/${agency.agencyId}`}
            id={optionId(index)}
            role="option"
            aria-selected={agency === current}
            className={agency === current ? 'agency-option agency-option-active' : 'agency-option'}
            // Before the input loses the focus, so the click lands on the option.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(agency)}
          >
            {agency.name} <span className="aside">{parenthesized(agency.boardName)}</span>
          </div>
        ))}
      </div>
      <button type="button" className="button-secondary" onClick={onDone}>
        {t('cards.cancel')}
      </button>
    </div>
  );
}
