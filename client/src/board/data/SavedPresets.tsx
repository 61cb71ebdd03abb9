import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedPreset, SavedPresetBody } from '../../../../shared/board/savedPresets';
import { api } from '../../api/endpoints';
import { errorMessage } from '../../api/errorMessage';
import { ChoiceField, TextField } from '../../forms/Field';
import { type Outcome, OutcomeNotices } from '../../forms/Notice';

type Props = {
  boardId: string;
  presets: readonly SavedPreset[];
  chosen: SavedPreset | null;
  /** The mapping on screen, as it would be saved. */
  current: SavedPresetBody['columns'];
  defaults: SavedPresetBody['defaults'];
  canSave: boolean;
  onChoose: (preset: SavedPreset | null) => void;
  /** After a setting was saved or removed: the council's list changed. */
  onChanged: () => void;
};

/**
 * The council's saved import settings beside a mapping made by hand: use one, save the mapping on
 * screen under a name (the same name replaces it), or remove one.
 */
export function SavedPresets({
  boardId,
  presets,
  chosen,
  current,
  defaults,
  canSave,
  onChoose,
  onChanged,
}: Props) {
  const { t, i18n } = useTranslation('board');
  const [name, setName] = useState(chosen?.name ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ tone: 'success', text: await work() });
      onChanged();
    } catch (error) {
      setOutcome({ tone: 'error', text: errorMessage(error, i18n) });
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setOutcome({ tone: 'error', text: t('data.presets.nameRequired') });
    void run(async () => {
      const saved = await api.saveImportPreset(boardId, {
        name: trimmed,
        columns: current,
        defaults,
      });
      onChoose(saved);
      return t('data.presets.saved', { name: saved.name });
    });
  };

  const remove = () => {
    if (!chosen || !window.confirm(t('data.presets.removeConfirm', { name: chosen.name }))) return;
    void run(async () => {
      await api.removeImportPreset(boardId, chosen.id);
      onChoose(null);
      return t('data.presets.removed', { name: chosen.name });
    });
  };

  return (
    <section className="board-presets" aria-labelledby="csv-presets-title">
      <h4 id="csv-presets-title">{t('data.presets.title')}</h4>
      {presets.length > 0 && (
        <div className="field-row">
          <ChoiceField
            id="csv-preset"
            label={t('data.presets.use')}
            hint={t('data.presets.useHint')}
            value={chosen?.id ?? ''}
            blank={t('data.presets.none')}
            options={presets.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(id) => {
              const preset = presets.find((p) => p.id === id) ?? null;
              onChoose(preset);
              if (preset) setName(preset.name);
            }}
          />
          {chosen && canSave && (
            <button type="button" className="button-secondary" disabled={busy} onClick={remove}>
              {t('data.presets.remove', { name: chosen.name })}
            </button>
          )}
        </div>
      )}
      {canSave && (
        <form className="field-row" onSubmit={save} noValidate>
          <TextField
            id="csv-preset-name"
            label={t('data.presets.name')}
            hint={t('data.presets.nameHint')}
            maxLength={60}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button-secondary" disabled={busy}>
            {t('data.presets.save')}
          </button>
        </form>
      )}
      <OutcomeNotices outcome={outcome} />
    </section>
  );
}
