import { type ReactNode, useCallback } from 'react';
import { PLACEHOLDER } from '../../../shared/readings/uiStrings';
import { useFurigana } from './FuriganaContext';
import { rubySegment } from './RubyText';
import { UserText } from './UserText';

type Details = { res: string; exactUsedKey: string; usedNS: string; usedLng: string };

/**
 * `t` for text shown as content: with ふりがな on, the string with its readings (made ahead of
 * time, client/src/i18n/readings/); off, the plain string. Attributes (aria-label, placeholder,
 * title) keep using `t`: readings are for the eye.
 *
 *   const { t } = useTranslation('minutes');
 *   const r = useRubyT(t);
 *   <h2>{r('minutes:title')}</h2>
 */
export function useRubyT<F extends (...args: never[]) => unknown>(
  t: F,
): (...args: Parameters<F>) => ReactNode {
  const { readings } = useFurigana();
  return useCallback(
    (...args: Parameters<F>) => {
      const translate = t as unknown as (key: unknown, options?: object) => unknown;
      const [key, options] = args as unknown as [unknown, Record<string, unknown> | undefined];
      if (!readings) return translate(key, options) as string;
      const details = translate(key, { ...options, returnDetails: true }) as Details;
      const ruby = readings[details.usedLng]?.[details.usedNS]?.[details.exactUsedKey];
      if (!ruby) return details.res;
      return <TemplateRuby ruby={ruby} values={options ?? {}} />;
    },
    [t, readings],
  );
}

/** A string's readings with each {{placeholder}} replaced by its value (user text read too). */
function TemplateRuby({
  ruby,
  values,
}: {
  ruby: readonly (string | readonly [string, string])[];
  values: Record<string, unknown>;
}) {
  return ruby.map((segment, i) => {
    if (typeof segment !== 'string') return rubySegment(segment, i);
    return segment.split(PLACEHOLDER).map((part, j) => {
      const name = /^\{\{\s*([^}\s]+)\s*\}\}$/.exec(part)?.[1];
      if (name === undefined) return part;
      const value = values[name];
      return <UserText key={`${i}.${j}`} text={value === undefined ? '' : String(value)} />;
    });
  });
}
