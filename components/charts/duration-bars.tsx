import { LengthText } from '@/components/length-text'
import type { DurationRow } from '@/lib/analysis/analysis'
import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { formatLength } from '@/lib/time/format'
import { ChartTable } from './chart-table'

const LABEL = 300
const WIDTH = 760
const ROW = 24
/** Log-scale ticks in minutes: 10 min, 1 h, 10 h, 100 h. */
const TICKS = [10, 60, 600, 6000]

/**
 * Incident durations compared on a log scale (9 minutes and 5 days on one axis), with a table.
 * A length known only as a range is solid to its shortest and hatched to its longest; a length a
 * source states is drawn as stated.
 */
export function DurationBars({ rows, lang }: { rows: readonly DurationRow[]; lang: Lang }) {
  const max = Math.max(6000, ...rows.map((r) => r.length.shown.max))
  const span = WIDTH - LABEL - 16
  const x = (m: number) => (Math.log10(Math.max(1, m)) / Math.log10(max)) * span
  const height = rows.length * ROW + 30
  const caption =
    lang === 'ko'
      ? '장애 지속 시간 비교 (로그 눈금). 빗금은 시작이나 끝이 날짜 단위로만 알려져 길이가 그 사이 어딘가인 구간'
      : 'Incident durations compared (log scale); hatched where a start or end is known only to the day, so the length lies somewhere within'
  const tickLabel = (m: number) =>
    m < 60 ? (lang === 'ko' ? `${m}분` : `${m} min`) : lang === 'ko' ? `${m / 60}시간` : `${m / 60} h`
  return (
    <figure className="chart duration-bars">
      <figcaption id="duration-caption">{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="duration-caption">
        <defs>
          <pattern id="duration-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="3" height="6" className="hatch" />
          </pattern>
        </defs>
        {TICKS.map((tick) => (
          <g key={tick} transform={`translate(${LABEL + x(tick)},0)`}>
            <line y1={0} y2={height - 22} className="grid" />
            <text y={height - 6} textAnchor="middle" className="tick">
              {tickLabel(tick)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const { min, max: longest } = r.length.shown
          return (
            <g
              key={r.id}
              transform={`translate(0,${i * ROW + 2})`}
              data-incident={r.id}
              data-min-minutes={min}
              data-max-minutes={longest}
            >
              <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" className="label">
                {r.incident.start.at.slice(0, 10)} {t(r.incident.title, lang).slice(0, 22)}
              </text>
              <title>{formatLength(r.length.shown, lang)}</title>
              <rect
                x={LABEL}
                y={4}
                width={Math.max(2, x(min))}
                height={ROW - 8}
                rx={3}
                className={`bar severity-${r.incident.severity}`}
              />
              {longest > min && (
                <rect
                  x={LABEL + x(min)}
                  y={4}
                  width={Math.max(2, x(longest) - x(min))}
                  height={ROW - 8}
                  className={`bar soft severity-${r.incident.severity}`}
                />
              )}
            </g>
          )
        })}
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
              <LengthText length={r.length} lang={lang} />
            </td>
          </tr>
        ))}
      </ChartTable>
    </figure>
  )
}
