import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { shouldFocusHeading } from './navigationFocus';
import { Phrases } from './Phrases';

type Props = {
  /** The page's name for the browser tab (and history); defaults to the heading text. */
  title: string;
  children?: ReactNode;
};

/**
 * The page's <h1>. It names the browser tab and, after an in-app navigation, takes the focus so
 * screen-reader and keyboard users start reading the new page rather than where they clicked.
 */
export function PageHeading({ title, children }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = `${title} — ${t('app.titleSuffix')}`;
  }, [title, t]);

  useEffect(() => {
    if (shouldFocusHeading()) ref.current?.focus();
  }, [key]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? <Phrases text={title} />}
    </h1>
  );
}
