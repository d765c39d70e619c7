import './charts.css'
import { LengthText } from '@/components/length-text'
import type { DurationRow } from '@/lib/analysis/analysis'
import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { formatLength } from '@/lib/time/format'
import { ChartTable } from './chart-table'
import type { VarStyle } from './css-vars'

/** Log-scale ticks in minutes: 10 min, 1 h, 10 h, 100 h. */
const TICKS = [10, 60, 600, 6000]

/**
 * Incident durations compared on a log scale (9 minutes and 5 days on one axis), with a table.
 * A length known only as a range is solid to its shortest and hatched to its longest; a length a
 * source states is drawn as stated.
 */
export function DurationBars({ rows, lang }: { rows: readonly DurationRow[]; lang: Lang }) {
  const max = Math.max(6000, ...rows.map((r) => r.length.shown.max))
  const f = (m: number) => Math.log10(Math.max(1, m)) / Math.log10(max)
  const at = (m: number): VarStyle => ({ '--f': f(m).toFixed(4) })
  /** The hatched stretch from the shortest to the longest length. */
  const softPart = (from: number, to: number): VarStyle => ({ '--f': (f(to) - f(from)).toFixed(4) })
  const caption =
    lang === 'ko'
      ? '장애 지속 시간 비교 (로그 눈금, 색은 심각도). 빗금은 시작이나 끝이 날짜 단위로만 알려져 길이가 그 사이 어딘가인 구간'
      : 'Incident durations compared (log scale; colour shows severity); hatched where a start or end is known only to the day, so the length lies somewhere within'
  const tickLabel = (m: number) =>
    m < 60 ? (lang === 'ko' ? `${m}분` : `${m} min`) : lang === 'ko' ? `${m / 60}시간` : `${m / 60} h`
  return (
    <figure className="chart duration-bars">
      <figcaption id="duration-caption">{caption}</figcaption>
      <div className="hbars" role="img" aria-labelledby="duration-caption">
        <div className="hbars-grid">
          {TICKS.map((m) => (
            <span key={m} style={at(m)} />
          ))}
        </div>
        {rows.map((r) => {
          const { min, max: longest } = r.length.shown
          return (
            <div key={r.id} className="hbar-row" data-incident={r.id} data-min-minutes={min} data-max-minutes={longest}>
              <span className="hbar-label">
                <span className="chart-tick">{r.incident.start.at.slice(0, 10)}</span> {t(r.incident.title, lang)}
              </span>
              <span className="hbar-track">
                <span className={`hbar sev-${r.incident.severity}`} style={at(min)} />
                {longest > min && (
                  <span className={`hbar soft sev-${r.incident.severity}`} style={softPart(min, longest)} />
                )}
                <span className="hbar-value">{formatLength(r.length.shown, lang)}</span>
              </span>
            </div>
          )
        })}
        <div className="hbars-axis chart-tick">
          {TICKS.map((m) => (
            <span key={m} style={at(m)}>
              {tickLabel(m)}
            </span>
          ))}
        </div>
      </div>
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
