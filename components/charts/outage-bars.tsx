import type { IncidentView } from '@/lib/content/source'
import { niceTicks, linearScale } from '@/lib/charts/scale'
import { type Lang, t } from '@/lib/i18n/lang'
import { formatDuration, formatMoment } from '@/lib/time/format'
import { ChartTable } from './chart-table'

const LABEL = 190
const WIDTH = 760
const ROW = 26

/** Per-service outage bars from the incident's start to each service's recovery, with a table for the same data. */
export function OutageBars({ view, lang }: { view: IncidentView; lang: Lang }) {
  const rows = view.outages
  if (rows.length === 0) return null
  const maxHours = Math.max(...rows.map((r) => r.endOffset)) / 60
  const ticks = niceTicks(maxHours, 6)
  const x = linearScale(ticks[ticks.length - 1] ?? maxHours, WIDTH - LABEL - 20)
  const height = rows.length * ROW + 36
  const label = (id: string) => {
    const name = view.entityNames.get(id)
    return name ? t(name, lang) : id
  }
  const caption =
    lang === 'ko'
      ? '서비스별 장애 시간: 진한 막대는 첫 복구까지, 옅은 막대는 완전 복구까지 (시작 시점부터 시간 단위)'
      : 'Outage by service: dark until first partly back, light until fully back (hours from the start)'
  return (
    <figure className="chart outage-bars">
      <figcaption id="outage-bars-caption">{caption}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="outage-bars-caption"
        preserveAspectRatio="xMinYMin meet"
      >
        {ticks.map((tick) => (
          <g key={tick} transform={`translate(${LABEL + x(tick)},0)`}>
            <line y1={0} y2={height - 24} className="grid" />
            <text y={height - 8} textAnchor="middle" className="tick">
              {tick}h
            </text>
          </g>
        ))}
        {rows.map((r, i) => (
          <g key={r.service} transform={`translate(0,${i * ROW + 4})`}>
            <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" className="label">
              {label(r.service)}
            </text>
            <rect
              x={LABEL + x(r.startOffset / 60)}
              y={4}
              width={Math.max(2, x((r.firstBackOffset - r.startOffset) / 60))}
              height={ROW - 10}
              rx={3}
              className="bar"
            />
            {r.endOffset > r.firstBackOffset && (
              <rect
                x={LABEL + x(r.firstBackOffset / 60)}
                y={4}
                width={x((r.endOffset - r.firstBackOffset) / 60)}
                height={ROW - 10}
                rx={3}
                className="bar partial"
              />
            )}
          </g>
        ))}
      </svg>
      <ChartTable
        caption={caption}
        headers={
          lang === 'ko'
            ? ['서비스', '첫 복구', '완전 복구', '완전 복구까지']
            : ['Service', 'Partly back', 'Fully back', 'Down until fully back']
        }
        lang={lang}
      >
        {rows.map((r) => (
          <tr key={r.service}>
            <th scope="row">{label(r.service)}</th>
            <td>{formatMoment(r.firstBack, lang)}</td>
            <td>{formatMoment(r.to, lang)}</td>
            <td>{formatDuration(r.from.instant, r.to.instant, lang)}</td>
          </tr>
        ))}
      </ChartTable>
    </figure>
  )
}
