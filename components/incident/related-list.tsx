import Link from 'next/link'
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
            {RELATION_LABEL[link.relation][lang]}:{' '}
            <Link href={incidentPath(link.incident, lang)}>{t(title, lang)}</Link>
            {link.note && ` — ${t(link.note, lang)}`}
          </li>
        ))}
      </ul>
      <nav className="prev-next" aria-label={lang === 'ko' ? '시간순 이동' : 'In time order'}>
        {view.previous && (
          <Link href={incidentPath(view.previous.id, lang)} rel="prev">
            ← {t(view.previous.name, lang)}
          </Link>
        )}
        {view.next && (
          <Link href={incidentPath(view.next.id, lang)} rel="next">
            {t(view.next.name, lang)} →
          </Link>
        )}
      </nav>
    </>
  )
}
