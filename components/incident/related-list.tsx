import type { IncidentView } from '@/lib/content/source'
import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { RELATION_LABEL } from '@/lib/i18n/labels'

/** Related incidents, and the previous and next incident in time. */
export function RelatedList({ view, lang }: { view: IncidentView; lang: Lang }) {
  return (
    <>
      <ul className="related-list">
        {view.related.map(({ link, title }) => (
          <li key={link.incident}>
            {RELATION_LABEL[link.relation][lang]}: <a href={incidentPath(link.incident, lang)}>{t(title, lang)}</a>
            {link.note && ` — ${t(link.note, lang)}`}
          </li>
        ))}
      </ul>
      <nav className="prev-next" aria-label={lang === 'ko' ? '시간순 이동' : 'In time order'}>
        {view.previous && (
          <a href={incidentPath(view.previous.id, lang)} rel="prev">
            ← {t(view.previous.name, lang)}
          </a>
        )}
        {view.next && (
          <a href={incidentPath(view.next.id, lang)} rel="next">
            {t(view.next.name, lang)} →
          </a>
        )}
      </nav>
    </>
  )
}
