import type { Incident } from '@/lib/content/source'
import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { SEVERITY_LABEL } from '@/lib/i18n/labels'
import type { Severity } from '@/lib/schema/vocabulary'
import { toMoment } from '@/lib/time/moment'

const WIDTH = 760
const HEIGHT = 90
const PAD = 24
const RADIUS: Record<Severity, number> = { minor: 4, moderate: 6, major: 9, critical: 13 }

/** Every incident on one line of years, sized by severity; each dot links to its record. */
export function IncidentStrip({ incidents, lang }: { incidents: readonly Incident[]; lang: Lang }) {
  const times = incidents.map((inc) => toMoment(inc.start).instant.getTime())
  if (times.length === 0) return null
  const firstYear = new Date(Math.min(...times)).getUTCFullYear()
  const lastYear = new Date(Math.max(...times)).getUTCFullYear() + 1
  const from = Date.UTC(firstYear, 0, 1)
  const to = Date.UTC(lastYear, 0, 1)
  const x = (ms: number) => PAD + ((ms - from) / (to - from)) * (WIDTH - 2 * PAD)
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)
  const caption =
    lang === 'ko' ? '한눈에 보는 장애 연표 (원의 크기는 심각도)' : 'The record at a glance (dot size shows severity)'
  return (
    <figure className="chart incident-strip">
      <figcaption id="strip-caption">{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-labelledby="strip-caption" role="group">
        <line x1={PAD} x2={WIDTH - PAD} y1={45} y2={45} className="grid" />
        {years.map((year) => (
          <text key={year} x={x(Date.UTC(year, 0, 1))} y={HEIGHT - 6} textAnchor="middle" className="tick">
            {years.length > 10 ? `’${String(year).slice(2)}` : year}
          </text>
        ))}
        {incidents.map((inc) => {
          const id = inc.id
          const label = `${inc.start.at.slice(0, 10)} ${t(inc.title, lang)} (${SEVERITY_LABEL[inc.severity][lang]})`
          return (
            <a key={id} href={incidentPath(id, lang)} aria-label={label}>
              <title>{label}</title>
              <circle
                cx={x(toMoment(inc.start).instant.getTime())}
                cy={45}
                r={RADIUS[inc.severity]}
                className={`dot severity-${inc.severity}`}
              />
            </a>
          )
        })}
      </svg>
    </figure>
  )
}
