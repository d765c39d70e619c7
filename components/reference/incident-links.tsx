import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import type { IncidentRef } from '@/lib/reference/common'
import { MomentTime } from './moment-time'

/** A list of incidents, each with its start and a link to its page. */
export function IncidentLinks({ items, lang }: { items: readonly IncidentRef[]; lang: Lang }) {
  return (
    <ul className="ref-links">
      {items.map((inc) => (
        <li key={inc.id}>
          <MomentTime moment={inc.start} lang={lang} /> <a href={incidentPath(inc.id, lang)}>{t(inc.title, lang)}</a>
        </li>
      ))}
    </ul>
  )
}
