import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../api/errorMessage';
import type { ApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import './reports-print.css';

type Props<T> = {
  view: ApiData<T>;
  /** The document's name, for the browser tab and the PDF a browser saves. */
  title: string;
  print: string;
  download: string;
  docxUrl: string;
  back: { to: string; label: string };
  children: (data: T) => ReactNode;
};

/**
 * The frame of every document the council hands in as a page to print or save as PDF (A4, page
 * numbers, Mincho face: reports-print.css): loading, a failure said in words, the toolbar to
 * print, download the DOCX or go back (not printed), then the document.
 */
export function PrintPage<T>({ view, title, print, download, docxUrl, back, children }: Props<T>) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('app.titleSuffix')}`;
  }, [title, t]);
  if (view.state === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (view.state === 'failed') {
    return (
      <div className="page">
        <Notice tone="error">{errorMessage(view.error, i18n)}</Notice>
      </div>
    );
  }
  return (
    <div className="page report-page">
      <p className="no-print report-toolbar">
        <button type="button" onClick={() => window.print()}>
          {print}
        </button>
        <a href={docxUrl} download>
          {download}
        </a>
        <Link to={back.to}>{back.label}</Link>
      </p>
      {children(view.data)}
    </div>
  );
}
