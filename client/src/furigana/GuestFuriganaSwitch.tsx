import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../shared/meeting/liveState';
import { useRubyT } from './useRubyT';

/** The facilitator's switch: ふりがな on the pages of the meeting's guests by link. */
export function GuestFuriganaSwitch({
  on,
  run,
}: {
  on: boolean;
  run: (command: LiveCommand) => void;
}) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  return (
    <section aria-labelledby="guest-furigana-title" className="card">
      <h2 id="guest-furigana-title">{r('furigana.guests.title')}</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => run({ type: 'furigana.guests', on: e.target.checked })}
        />{' '}
        {r('furigana.guests.label')}
      </label>
    </section>
  );
}
