import { linearScale, niceTicks } from '@/lib/charts/scale'
import type { IncidentView } from '@/lib/content/source'
import { type Lang, t } from '@/lib/i18n/lang'
import { formatLength, formatMoment } from '@/lib/time/format'
import { ChartTable } from './chart-table'
import { LengthText } from '@/components/length-text'

const LABEL = 190
const VALUE = 130
const WIDTH = 760
const ROW = 26

/**
 * Per-service outage bars from the incident's start to each service's recovery, with a table for
 * the same data. Where a recovery is known only to the hour, day or month the bar ends soft over
 * that whole stretch and its label is a range; a length a source states wins, the computed one
 * is shown beside it in the table.
 */
export function OutageBars({ view, lang }: { view: IncidentView; lang: Lang }) {
  const rows = view.outages
  if (rows.length === 0) return null
  const maxHours = Math.max(...rows.map((r) => r.reach)) / 60
  const ticks = niceTicks(maxHours, 6)
  const x = linearScale(ticks[ticks.length - 1] ?? maxHours, WIDTH - LABEL - VALUE)
  const height = rows.length * ROW + 36
  const label = (id: string) => {
    const name = view.entityNames.get(id)
    return name ? t(name, lang) : id
  }
  const caption =
    lang === 'ko'
      ? '서비스별 장애 시간: 진한 막대는 첫 복구까지, 옅은 막대는 완전 복구까지. 빗금은 출처가 복구를 시간이나 날짜 단위로만 밝혀 그 안의 어느 때인지 모르는 구간 (시작 시점부터 시간 단위)'
      : 'Outage by service: dark until first partly back, light until fully back; hatched where the sources give a recovery only to the hour or day, so it falls somewhere within (hours from the start)'
  return (
    <figure className="chart outage-bars">
      <figcaption id="outage-bars-caption">{caption}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="outage-bars-caption"
        preserveAspectRatio="xMinYMin meet"
      >
        <defs>
          <pattern id="outage-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="3" height="6" className="hatch" />
          </pattern>
        </defs>
        {ticks.map((tick) => (
          <g key={tick} transform={`translate(${LABEL + x(tick)},0)`}>
            <line y1={0} y2={height - 24} className="grid" />
            <text y={height - 8} textAnchor="middle" className="tick" data-tick-hours={tick}>
              {tick}h
            </text>
          </g>
        ))}
        {rows.map((r, i) => (
          <g
            key={r.service}
            transform={`translate(0,${i * ROW + 4})`}
            className="outage-row"
            data-service={r.service}
            data-min-minutes={r.fully.shown.min}
            data-max-minutes={r.fully.shown.max}
          >
            <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" className="label">
              {label(r.service)}
            </text>
            {r.segments.map((s) => (
              <rect
                key={`${s.phase}-${s.soft}`}
                x={LABEL + x(s.from / 60)}
                y={4}
                width={Math.max(2, x((s.to - s.from) / 60))}
                height={ROW - 10}
                className={`bar${s.phase === 'partly' ? ' partial' : ''}${s.soft ? ' soft' : ''}`}
                data-segment={s.soft ? 'soft' : 'solid'}
                data-from-minutes={s.from}
                data-to-minutes={s.to}
              />
            ))}
            <text x={WIDTH - VALUE + 8} y={ROW / 2 + 4} className="value" data-length="">
              {formatLength(r.fully.shown, lang)}
            </text>
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
            <td>
              <LengthText length={r.fully} lang={lang} />
            </td>
          </tr>
        ))}
      </ChartTable>
    </figure>
  )
}
