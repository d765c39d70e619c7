import { Citations } from '@/components/citations'
import type { IncidentView } from '@/lib/content/source'
import { type Lang, t } from '@/lib/i18n/lang'
import { toMoment } from '@/lib/time/moment'
import { formatMoment } from '@/lib/time/format'

/** Company and government responses, in the order written. */
export function ResponseList({ view, lang }: { view: IncidentView; lang: Lang }) {
  return (
    <ul className="response-list">
      {view.incident.responses.map((r, i) => (
        <li key={i}>
          <time>{formatMoment(toMoment(r), lang)}</time> {t(r.text, lang)}
          <Citations ids={r.sources} numbers={view.citeNumber} />
        </li>
      ))}
    </ul>
  )
}
