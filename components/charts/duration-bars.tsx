import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { formatDuration } from '@/lib/time/format'
import type { Incident } from '@/lib/content/source'
import { ChartTable } from './chart-table'

const LABEL = 300
const WIDTH = 760
const ROW = 24
/** Log-scale ticks in minutes: 10 min, 1 h, 10 h, 100 h. */
const TICKS = [10, 60, 600, 6000]

/** Incident durations compared on a log scale (9 minutes and 5 days on one axis), with a table. */
export function DurationBars({
  rows,
  lang,
}: {
  rows: Array<{ id: string; incident: Incident; minutes: number; approximate: boolean }>
  lang: Lang
}) {
  const max = Math.max(6000, ...rows.map((r) => r.minutes))
  const span = WIDTH - LABEL - 16
  const x = (m: number) => (Math.log10(Math.max(1, m)) / Math.log10(max)) * span
  const height = rows.length * ROW + 30
  const caption = lang === 'ko' ? '장애 지속 시간 비교 (로그 눈금)' : 'Incident durations compared (log scale)'
  const say = (m: number) => formatDuration(new Date(0), new Date(m * 60_000), lang)
  const tickLabel = (m: number) =>
    m < 60 ? (lang === 'ko' ? `${m}분` : `${m} min`) : lang === 'ko' ? `${m / 60}시간` : `${m / 60} h`
  return (
    <figure className="chart duration-bars">
      <figcaption id="duration-caption">{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="duration-caption">
        {TICKS.map((tick) => (
          <g key={tick} transform={`translate(${LABEL + x(tick)},0)`}>
            <line y1={0} y2={height - 22} className="grid" />
            <text y={height - 6} textAnchor="middle" className="tick">
              {tickLabel(tick)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => (
          <g key={r.id} transform={`translate(0,${i * ROW + 2})`}>
            <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" className="label">
              {r.incident.start.at.slice(0, 10)} {t(r.incident.title, lang).slice(0, 22)}
            </text>
            <rect
              x={LABEL}
              y={4}
              width={Math.max(2, x(r.minutes))}
              height={ROW - 8}
              rx={3}
              className={`bar severity-${r.incident.severity}`}
            />
          </g>
        ))}
      </svg>
      <ChartTable
        caption={caption}
        headers={lang === 'ko' ? ['장애', '지속 시간'] : ['Incident', 'Duration']}
        lang={lang}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <a href={incidentPath(r.id, lang)}>{t(r.incident.title, lang)}</a>
            </th>
            <td>
              {r.approximate ? (lang === 'ko' ? '약 ' : 'about ') : ''}
              {say(r.minutes)}
            </td>
          </tr>
        ))}
      </ChartTable>
    </figure>
  )
}
