import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { type Agency, NIGHT_HOLIDAY_RESPONSES } from '../../../../shared/board/agency';
import { sameNamed } from '../../../../shared/board/csvDuplicates';
import { addAgency, agencyNames, updateAgency } from '../../../../shared/board/document';
import { FIELDS, HUB_FUNCTIONS, LAYERS, SUPPORT_NEEDS } from '../../../../shared/domain';
import type { FieldIssue } from '../../../../shared/issues/fieldIssue';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FieldFrame } from '../../forms/Field';
import { SaveOrCancel } from '../../forms/SaveOrCancel';
import { useLiveFields } from '../../forms/useLiveFields';
import { useFormatList } from '../../i18n/useFormatList';
import { usePunctuation } from '../../i18n/usePunctuation';
import type { LocalOrigin } from '../document/useBoardHistory';
import {
  type AgencyFormValues,
  type AgencyTextKey,
  agencyInput,
  agencyValues,
  emptyAgencyValues,
} from './agencyFormValues';
import { CheckboxGroup, issueAt } from './formControls';

type Props = {
  doc: Y.Doc;
  origin: LocalOrigin;
  /** The agency to edit, as it is now in the document; a new one when absent. */
  agency?: Agency | undefined;
  /** Who last wrote a field of the agency, if they are on the board. */
  writerOf?: ((key: string) => string | undefined) | undefined;
  onDone: (message: string | null) => void;
};

const TEXT_FIELDS: { key: AgencyTextKey; multiline?: boolean; hint?: boolean }[] = [
  { key: 'kana' },
  { key: 'area' },
  { key: 'address' },
  { key: 'phone' },
  { key: 'hours' },
  { key: 'corporation' },
  { key: 'providerNumber' },
  { key: 'capacity' },
  { key: 'tags', hint: true },
  { key: 'notes', multiline: true },
];

/**
 * Adds or edits an agency with all its attributes; the document functions validate. Editing, it
 * writes only the fields this person changed; the others follow the live agency (useLiveFields).
 */
export function AgencyForm({ doc, origin, agency, writerOf, onDone }: Props) {
  const { t } = useTranslation('board');
  const { comma } = usePunctuation();
  const live = useLiveFields<AgencyFormValues>(
    agency ? agencyValues(agency, comma) : emptyAgencyValues(),
    writerOf,
  );
  const { values } = live;
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const set = live.set;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!live.mayOverwrite()) return;
    const input = agencyInput(values);
    const changed = Object.keys(live.patch()) as (keyof typeof input)[];
    const result = agency
      ? updateAgency(doc, agency.id, Object.fromEntries(changed.map((k) => [k, input[k]])), origin)
      : addAgency(doc, input, origin);
    if (result.ok) {
      onDone(t(agency ? 'announce.saved' : 'announce.added', { name: result.value.name }));
      return;
    }
    setIssues(result.issues);
    requestAnimationFrame(() =>
      form.current
        ?.querySelector<HTMLElement>('[aria-invalid="true"], .field-invalid input')
        ?.focus(),
    );
  };

  const id = (key: string) => `agency-${key}`;
  // A warning, not a refusal: two places may share a name (two branches of one corporation).
  const namesakes = sameNamed(agencyNames(doc), values.name, agency?.id);
  const list = useFormatList();
  const title = agency ? t('form.editAgencyTitle', { name: agency.name }) : t('form.addAgency');

  return (
    <form ref={form} className="form board-form" onSubmit={submit} noValidate aria-label={title}>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {issues.length > 0 && (
        <p role="alert" className="notice notice-error">
          {t('form.errorsSummary')}
        </p>
      )}
      <ConflictNotice
        conflicts={live.conflicts}
        labelOf={(key) => t(`agency.${key}`)}
        held={live.overwriteHeld}
      />
      <FieldFrame id={id('name')} label={t('agency.name')} error={issueAt(issues, 'name')}>
        {(describedBy, invalid) => (
          <input
            id={id('name')}
            value={values.name}
            required
            aria-invalid={invalid}
            aria-describedby={[describedBy, id('name-same')].filter(Boolean).join(' ')}
            onChange={(e) => set('name', e.target.value)}
          />
        )}
      </FieldFrame>
      <p id={id('name-same')} role="status" className="notice notice-info notice-empty">
        {namesakes.length > 0
          ? t('form.sameName', { names: list(namesakes.map((a) => a.name)) })
          : ''}
      </p>
      <FieldFrame id={id('layer')} label={t('agency.layer')} error={issueAt(issues, 'layer')}>
        {(describedBy, invalid) => (
          <select
            id={id('layer')}
            value={values.layer}
            required
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => set('layer', e.target.value as AgencyFormValues['layer'])}
          >
            <option value="">{t('form.choose')}</option>
            {LAYERS.map((layer) => (
              <option key={layer} value={layer}>
                {t(`layers.${layer}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <CheckboxGroup
        id={id('fields')}
        legend={t('agency.fields')}
        options={FIELDS}
        labelOf={(f) => t(`fields.${f}`)}
        chosen={values.fields}
        onChange={(v) => set('fields', v)}
        error={issueAt(issues, 'fields')}
      />
      <CheckboxGroup
        id={id('hubFunctions')}
        legend={t('agency.hubFunctions')}
        options={HUB_FUNCTIONS}
        labelOf={(f) => t(`hubFunctions.${f}`)}
        chosen={values.hubFunctions}
        onChange={(v) => set('hubFunctions', v)}
        error={issueAt(issues, 'hubFunctions')}
      />
      <CheckboxGroup
        id={id('supportNeeds')}
        legend={t('agency.supportNeeds')}
        options={SUPPORT_NEEDS}
        labelOf={(n) => t(`supportNeeds.${n}`)}
        chosen={values.supportNeeds}
        onChange={(v) => set('supportNeeds', v)}
        error={issueAt(issues, 'supportNeeds')}
      />
      <FieldFrame id={id('night')} label={t('agency.nightHolidayResponse')}>
        {(describedBy) => (
          <select
            id={id('night')}
            value={values.nightHolidayResponse}
            aria-describedby={describedBy}
            onChange={(e) =>
              set(
                'nightHolidayResponse',
                e.target.value as AgencyFormValues['nightHolidayResponse'],
              )
            }
          >
            {NIGHT_HOLIDAY_RESPONSES.map((r) => (
              <option key={r} value={r}>
                {t(`nightHoliday.${r}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <label className="board-choice">
        <input
          type="checkbox"
          checked={values.hubRegistered}
          onChange={(e) => set('hubRegistered', e.target.checked)}
        />
        {t('agency.hubRegistered')}
      </label>
      <label className="board-choice">
        <input
          type="checkbox"
          checked={values.formal}
          onChange={(e) => set('formal', e.target.checked)}
        />
        {t('agency.formal')}
      </label>
      {TEXT_FIELDS.map(({ key, multiline, hint }) => (
        <FieldFrame
          key={key}
          id={id(key)}
          label={t(`agency.${key}`)}
          hint={hint ? t('agency.tagsHint') : undefined}
          error={issueAt(issues, key)}
        >
          {(describedBy, invalid) =>
            multiline ? (
              <textarea
                id={id(key)}
                rows={3}
                value={values[key]}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(e) => set(key, e.target.value)}
              />
            ) : (
              <input
                id={id(key)}
                value={values[key]}
                inputMode={key === 'capacity' ? 'numeric' : undefined}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(e) => set(key, e.target.value)}
              />
            )
          }
        </FieldFrame>
      ))}
      <SaveOrCancel
        saveLabel={t('form.save')}
        cancelLabel={t('form.cancel')}
        onCancel={() => onDone(null)}
      />
    </form>
  );
}
