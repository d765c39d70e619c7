import './charts.css'
import './incident-strip.css'
import { incidentsPerYear } from '@/lib/analysis/analysis'
import type { Incident } from '@/lib/content/source'
import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { SEVERITY_LABEL } from '@/lib/i18n/labels'
import { SEVERITIES } from '@/lib/schema/vocabulary'

/**
 * The record at a glance: a column a year (a row a year on a phone), one square per incident
 * coloured by severity; each square links to its record and names it on hover and focus.
 */
export function IncidentStrip({ incidents, lang }: { incidents: readonly Incident[]; lang: Lang }) {
  const byId = new Map(incidents.map((inc) => [inc.id, inc]))
  const years = incidentsPerYear(incidents)
  if (years.length === 0) return null
  const caption =
    lang === 'ko'
      ? '한 해에 한 칸, 장애 하나에 네모 하나 (색은 심각도)'
      : 'One column a year, one square an incident (colour shows severity)'
  return (
    <figure className="chart glance">
      <figcaption id="glance-caption">{caption}</figcaption>
      <ol className="glance-years" aria-labelledby="glance-caption">
        {years.map(({ year, ids }) => (
          <li key={year} className={ids.length === 0 ? 'glance-year empty' : 'glance-year'}>
            <span className="glance-label chart-tick">{year}</span>
            {ids.length > 0 && (
              <ul className="glance-incidents">
                {ids.flatMap((id) => {
                  const inc = byId.get(id)
                  if (!inc) return []
                  return [
                    <li key={id}>
                      <a href={incidentPath(id, lang)} className={`glance-dot sev-${inc.severity}`}>
                        <span className="glance-tip">
                          {inc.start.at.slice(0, 10)} {t(inc.title, lang)} ({SEVERITY_LABEL[inc.severity][lang]})
                        </span>
                      </a>
                    </li>,
                  ]
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <ul className="glance-legend chart-tick" aria-label={lang === 'ko' ? '심각도' : 'Severity'}>
        {SEVERITIES.map((s) => (
          <li key={s}>
            <span className={`glance-swatch sev-${s}`} aria-hidden="true" />
            {SEVERITY_LABEL[s][lang]}
          </li>
        ))}
      </ul>
    </figure>
  )
}
