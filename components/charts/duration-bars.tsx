import './charts.css'
import type { Incident } from '@/lib/content/source'
import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { formatDuration } from '@/lib/time/format'
import { ChartTable } from './chart-table'
import type { VarStyle } from './css-vars'

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
  const f = (m: number) => Math.log10(Math.max(1, m)) / Math.log10(max)
  const at = (m: number): VarStyle => ({ '--f': f(m).toFixed(4) })
  const caption =
    lang === 'ko'
      ? '장애 지속 시간 비교 (로그 눈금, 색은 심각도)'
      : 'Incident durations compared (log scale; colour shows severity)'
  const say = (m: number) => formatDuration(new Date(0), new Date(m * 60_000), lang)
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
        {rows.map((r) => (
          <div key={r.id} className="hbar-row">
            <span className="hbar-label">
              <span className="chart-tick">{r.incident.start.at.slice(0, 10)}</span> {t(r.incident.title, lang)}
            </span>
            <span className="hbar-track">
              <span className={`hbar sev-${r.incident.severity}`} style={at(r.minutes)} />
              <span className="hbar-value">
                {r.approximate ? (lang === 'ko' ? '약 ' : '~') : ''}
                {say(r.minutes)}
              </span>
            </span>
          </div>
        ))}
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
              {r.approximate ? (lang === 'ko' ? '약 ' : 'about ') : ''}
              {say(r.minutes)}
            </td>
          </tr>
        ))}
      </ChartTable>
    </figure>
  )
}
