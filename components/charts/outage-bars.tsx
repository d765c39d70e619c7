import './charts.css'
import type { IncidentView } from '@/lib/content/source'
import { niceTicks } from '@/lib/charts/scale'
import { type Lang, t } from '@/lib/i18n/lang'
import { formatDuration, formatMoment } from '@/lib/time/format'
import { ChartTable } from './chart-table'
import type { VarStyle } from './css-vars'

/** Per-service outage bars from the incident's start to each service's recovery, with a table for the same data. */
export function OutageBars({ view, lang }: { view: IncidentView; lang: Lang }) {
  const rows = view.outages
  if (rows.length === 0) return null
  const maxHours = Math.max(...rows.map((r) => r.endOffset)) / 60
  const ticks = niceTicks(maxHours, 6)
  const top = ticks[ticks.length - 1] ?? maxHours
  /** A span in minutes as a fraction of the axis. */
  const f = (minutes: number) => (top > 0 ? minutes / 60 / top : 0)
  const span = (from: number, to: number): VarStyle => ({
    '--from': f(from).toFixed(4),
    '--len': Math.max(0.004, f(to - from)).toFixed(4),
  })
  const tick = (hours: number): VarStyle => ({ '--f': (top > 0 ? hours / top : 0).toFixed(4) })
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
      <div className="hbars" role="img" aria-labelledby="outage-bars-caption">
        <div className="hbars-grid">
          {ticks.map((h) => (
            <span key={h} style={tick(h)} />
          ))}
        </div>
        {rows.map((r) => (
          <div key={r.service} className="hbar-row">
            <span className="hbar-label">{label(r.service)}</span>
            <span className="hbar-track">
              <span className="hbar" style={span(r.startOffset, r.firstBackOffset)} />
              {r.endOffset > r.firstBackOffset && (
                <span className="hbar partial" style={span(r.firstBackOffset, r.endOffset)} />
              )}
            </span>
          </div>
        ))}
        <div className="hbars-axis chart-tick">
          {ticks.map((h) => (
            <span key={h} style={tick(h)}>
              {h}h
            </span>
          ))}
        </div>
      </div>
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
