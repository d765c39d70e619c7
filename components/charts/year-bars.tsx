import { linearScale, niceTicks } from '@/lib/charts/scale'
import { ChartTable } from './chart-table'
import type { Lang } from '@/lib/i18n/lang'

const WIDTH = 760
const HEIGHT = 220
const LEFT = 36
const BOTTOM = 28

/** Incidents per year as a server-rendered bar chart, with the same numbers as a table. */
export function YearBars({ rows, lang, id }: { rows: Array<{ year: number; count: number }>; lang: Lang; id: string }) {
  const max = Math.max(1, ...rows.map((r) => r.count))
  const ticks = niceTicks(max, 4).filter((t) => Number.isInteger(t))
  const top = ticks[ticks.length - 1] ?? max
  const y = linearScale(top, HEIGHT - BOTTOM - 10)
  const band = (WIDTH - LEFT) / Math.max(1, rows.length)
  const caption = lang === 'ko' ? '연도별 장애 기록 수' : 'Recorded incidents per year'
  return (
    <figure className="chart year-bars">
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-caption`}>
        {ticks.map((tick) => (
          <g key={tick} transform={`translate(0,${HEIGHT - BOTTOM - y(tick)})`}>
            <line x1={LEFT} x2={WIDTH} className="grid" />
            <text x={LEFT - 6} y={4} textAnchor="end" className="tick">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((r, i) => (
          <g key={r.year} transform={`translate(${LEFT + i * band},0)`}>
            <rect
              x={band * 0.15}
              y={HEIGHT - BOTTOM - y(r.count)}
              width={band * 0.7}
              height={y(r.count)}
              className="bar"
            />
            <text x={band / 2} y={HEIGHT - 10} textAnchor="middle" className="tick">
              {rows.length > 12 ? `’${String(r.year).slice(2)}` : r.year}
            </text>
          </g>
        ))}
      </svg>
      <ChartTable caption={caption} headers={lang === 'ko' ? ['연도', '건수'] : ['Year', 'Incidents']} lang={lang}>
        {rows.map((r) => (
          <tr key={r.year}>
            <th scope="row">{r.year}</th>
            <td>{r.count}</td>
          </tr>
        ))}
      </ChartTable>
    </figure>
  )
}
