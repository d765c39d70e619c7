import './charts.css'
import { niceTicks } from '@/lib/charts/scale'
import type { Lang } from '@/lib/i18n/lang'
import { ChartTable } from './chart-table'
import { percent, type VarStyle } from './css-vars'

/** Incidents per year: a column a year (a row a year on a phone), with the same numbers as a table. */
export function YearBars({ rows, lang, id }: { rows: Array<{ year: number; count: number }>; lang: Lang; id: string }) {
  const max = Math.max(1, ...rows.map((r) => r.count))
  const top = niceTicks(max, 4).filter((t) => Number.isInteger(t) && t >= max)[0] ?? max
  const caption = lang === 'ko' ? '연도별 장애 기록 수' : 'Recorded incidents per year'
  const short = rows.length > 12
  return (
    <figure className="chart year-bars">
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <div role="img" aria-labelledby={`${id}-caption`}>
        <ol>
          {rows.map((r) => {
            const style: VarStyle = { '--f': percent(r.count / top) }
            return (
              <li key={r.year} data-year={r.year}>
                <span className={r.count === 0 ? 'year-count zero' : 'year-count'}>{r.count}</span>
                <span className="year-bar" style={style} />
              </li>
            )
          })}
        </ol>
        <ol className="year-labels chart-tick">
          {rows.map((r) => (
            <li key={r.year}>{short ? `’${String(r.year).slice(2)}` : r.year}</li>
          ))}
        </ol>
      </div>
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
