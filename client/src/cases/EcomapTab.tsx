import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Supporter } from '../../../shared/case/ecomap';
import { usePunctuation } from '../i18n/usePunctuation';
import { EcomapGraph } from './EcomapGraph';
import { EcomapList } from './EcomapList';
import { useBoardAgencies } from './useBoardAgencies';
import type { CaseTabProps } from './useCaseDocument';

export type NameOf = (supporterId: string) => string;

/** The ecomap as a diagram (React Flow, radial) and as an editable list: one document, two views. */
export function EcomapTab({ doc, data, editable }: CaseTabProps) {
  const { t } = useTranslation('cases');
  const mark = usePunctuation();
  const [view, setView] = useState<'graph' | 'list'>('graph');
  const agencies = useBoardAgencies(
    data.supporters.flatMap((s) => (s.kind === 'agency' ? [s.boardId] : [])),
  );
  const supporterName = (s: Supporter) =>
    s.kind === 'person'
      ? mark.aside(s.label, t(`informal.${s.relation}`))
      : (agencies.get(s.boardId)?.find((a) => a.id === s.agencyId)?.name ??
        t('ecomap.agencyUnknown'));
  const nameOf: NameOf = (id) => {
    const supporter = data.supporters.find((s) => s.id === id);
    return supporter ? supporterName(supporter) : t('case.person');
  };
  return (
    <section aria-labelledby="ecomap-title">
      <h2 id="ecomap-title">{t('ecomap.title')}</h2>
      <fieldset className="view-switch">
        <legend className="visually-hidden">{t('ecomap.viewChoice')}</legend>
        {(['graph', 'list'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`ecomap.${v}`)}
          </button>
        ))}
      </fieldset>
      {view === 'graph' ? (
        <EcomapGraph data={data} nameOf={nameOf} />
      ) : (
        <EcomapList doc={doc} data={data} nameOf={nameOf} editable={editable} />
      )}
    </section>
  );
}
