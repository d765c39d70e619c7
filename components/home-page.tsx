import './home-page.css'
import { IncidentStrip } from '@/components/charts/incident-strip'
import { SeverityBadge } from '@/components/severity-badge'
import type { Incident } from '@/lib/content/source'
import { incidentPath, type Lang, sectionPath, t } from '@/lib/i18n/lang'
import { SEVERITY_LABEL } from '@/lib/i18n/labels'
import { msg } from '@/lib/i18n/messages'
import { incidentSpan } from '@/lib/incidents/derive'
import { incidentLength } from '@/lib/incidents/lengths'
import { toMoment } from '@/lib/time/moment'
import { formatLength, formatMoment } from '@/lib/time/format'
import { MomentTime } from './reference/moment-time'

interface Props {
  lang: Lang
  incidents: readonly Incident[]
  core: readonly Incident[]
  latest: readonly Incident[]
  numbers: Array<{ value: string; label: string }>
}

/** A core incident in one line: when and how long, what, how bad. */
function IncidentCard({ inc, lang }: { inc: Incident; lang: Lang }) {
  const { start } = incidentSpan(inc)
  const length = incidentLength(inc)
  return (
    <li className="card">
      <p className="card-meta">
        <time dateTime={start.at}>{formatMoment(start, lang)}</time>
        {length && <> · {formatLength(length.shown, lang)}</>}
      </p>
      <h3>
        <a href={incidentPath(inc.id, lang)}>{t(inc.title, lang)}</a>
      </h3>
      <SeverityBadge severity={inc.severity} label={SEVERITY_LABEL[inc.severity][lang]} />
    </li>
  )
}

/** The home page: what this is in a line, the record at a glance, the core incidents, the latest additions. */
export function HomePage({ lang, incidents, core, latest, numbers }: Props) {
  return (
    <>
      <header className="home-head">
        <h1>{msg('siteName', lang)}</h1>
        <p className="home-tagline">{msg('tagline', lang)}</p>
        <dl className="key-numbers">
          {numbers.map((n) => (
            <div key={n.label}>
              <dt>{n.label}</dt>
              <dd>{n.value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <section aria-labelledby="glance">
        <h2 id="glance">{msg('atAGlance', lang)}</h2>
        <IncidentStrip incidents={incidents} lang={lang} />
        <p className="home-links">
          <a href={sectionPath('timeline', lang)}>{msg('openTimeline', lang)}</a>
          <a href={sectionPath('incidents', lang)}>{msg('openIndex', lang)}</a>
          <a href={sectionPath('analysis', lang)}>{msg('openAnalysis', lang)}</a>
        </p>
      </section>
      <section aria-labelledby="core">
        <h2 id="core">{msg('coreIncidents', lang)}</h2>
        <ul className="cards">
          {core.map((inc) => (
            <IncidentCard key={inc.id} inc={inc} lang={lang} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest">{msg('latestAdditions', lang)}</h2>
        <ol className="latest-list">
          {latest.map((inc) => (
            <li key={inc.id}>
              <MomentTime moment={toMoment(inc.start)} lang={lang} />
              <a href={incidentPath(inc.id, lang)}>{t(inc.title, lang)}</a>
            </li>
          ))}
        </ol>
        <p className="home-about">
          {msg('homeIntro', lang)} <a href={sectionPath('about', lang)}>{msg('navAbout', lang)}</a>
        </p>
      </section>
    </>
  )
}
