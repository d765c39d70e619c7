import Link from 'next/link'
import type { Incident } from '@/lib/content/source'
import { idOf } from '@/lib/content/source'
import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { SEVERITY_LABEL } from '@/lib/i18n/labels'
import { msg } from '@/lib/i18n/messages'
import { toMoment } from '@/lib/time/moment'
import { formatMoment } from '@/lib/time/format'

/** The home page: what this is, and every incident in time order. */
export function HomePage({ incidents, lang }: { incidents: readonly Incident[]; lang: Lang }) {
  return (
    <>
      <h1>{msg('siteName', lang)}</h1>
      <p className="summary">{msg('tagline', lang)}</p>
      <h2>{msg('incidents', lang)}</h2>
      <ol className="incident-list">
        {incidents.map((inc) => (
          <li key={idOf(inc)}>
            <time>{formatMoment(toMoment({ ...inc.start, approximate: false }), lang)}</time>{' '}
            <Link href={incidentPath(idOf(inc), lang)}>{t(inc.title, lang)}</Link>{' '}
            <span className={`severity severity-${inc.severity}`}>{SEVERITY_LABEL[inc.severity][lang]}</span>
          </li>
        ))}
      </ol>
    </>
  )
}
