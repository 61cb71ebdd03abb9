import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export type Punctuation = {
  /** 「連絡：110番」 / "Call: 110". */
  labelled: (label: string, value: string) => string;
  /** A label before something that is not plain text: 「出席者：」 / "Attendees:". */
  label: (label: string) => string;
  /** 「会議（30分）」 / "Meeting (30 min)". */
  aside: (text: string, aside: string) => string;
  /** 「（第9期）」 / "(Term 9)". */
  parenthesized: (text: string) => string;
  /** Between facts on one line: 「 ／ 」 / " / ". */
  separator: string;
  /** Between the items of a list people edit as one line (names, tags): 「、」 / ", ". */
  comma: string;
};

/** Punctuation as the chosen language writes it, from the translation files (never hard-coded). */
export function usePunctuation(): Punctuation {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      labelled: (label, value) => t('punctuation.labelled', { label, value }),
      label: (label) => t('punctuation.label', { label }),
      aside: (text, aside) => t('punctuation.aside', { text, aside }),
      parenthesized: (text) => t('punctuation.parenthesized', { text }),
      separator: t('punctuation.separator'),
      comma: t('punctuation.comma'),
    }),
    [t],
  );
}
