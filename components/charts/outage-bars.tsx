import './charts.css'
import { LengthText } from '@/components/length-text'
import { niceTicks } from '@/lib/charts/scale'
import type { IncidentView } from '@/lib/content/source'
import { type Lang, t } from '@/lib/i18n/lang'
import { formatLength, formatMoment } from '@/lib/time/format'
import { ChartTable } from './chart-table'
import type { VarStyle } from './css-vars'

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
      ? '서비스별 장애 시간: 진한 막대는 첫 복구까지, 옅은 막대는 완전 복구까지. 빗금은 출처가 복구를 시간이나 날짜 단위로만 밝혀 그 안의 어느 때인지 모르는 구간 (시작 시점부터 시간 단위)'
      : 'Outage by service: dark until first partly back, light until fully back; hatched where the sources give a recovery only to the hour or day, so it falls somewhere within (hours from the start)'
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
          <div
            key={r.service}
            className="hbar-row outage-row"
            data-service={r.service}
            data-min-minutes={r.fully.shown.min}
            data-max-minutes={r.fully.shown.max}
          >
            <span className="hbar-label">{label(r.service)}</span>
            <span className="hbar-track">
              {r.segments.map((s) => (
                <span
                  key={`${s.phase}-${s.soft}`}
                  className={`hbar${s.phase === 'partly' ? ' partial' : ''}${s.soft ? ' soft' : ''}`}
                  style={span(s.from, s.to)}
                  data-segment={s.soft ? 'soft' : 'solid'}
                  data-from-minutes={s.from}
                  data-to-minutes={s.to}
                />
              ))}
              <span className="hbar-value" data-length="">
                {formatLength(r.fully.shown, lang)}
              </span>
            </span>
          </div>
        ))}
        <div className="hbars-axis chart-tick">
          {ticks.map((h) => (
            <span key={h} style={tick(h)} data-tick-hours={h}>
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
            <td>
              <LengthText length={r.fully} lang={lang} />
            </td>
          </tr>
        ))}
      </ChartTable>
    </figure>
  )
}
