import { useTranslation } from 'react-i18next';

/** A part of the council's work that is not built yet: said plainly, with nothing to click. */
export function ComingSoonSection({ id }: { id: 'cases' | 'meetings' }) {
  const { t } = useTranslation();
  return (
    <section className="card coming-soon" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t(`home.${id}.title`)} <span className="badge">{t('home.comingSoon')}</span>
      </h2>
      <p>{t(`home.${id}.body`)}</p>
    </section>
  );
}
