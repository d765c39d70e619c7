import { SeverityBadge } from '@/components/severity-badge'
import { type IndexRowView, rowDataAttributes } from '@/lib/timeline/index-state'

/** One incident in the table; on a phone the row becomes a card (incident-index.css). Its data- attributes are what the island sorts and filters by. */
export function IndexRow({ row }: { row: IndexRowView }) {
  return (
    <tr {...rowDataAttributes(row)}>
      <td className="col-date">
        <time dateTime={row.dateTime}>{row.date}</time>
      </td>
      <th scope="row" className="col-title">
        <a href={row.href}>{row.title}</a>
      </th>
      <td className="col-duration">{row.duration}</td>
      <td className="col-operators">{row.operators.map((o) => o.label).join(', ')}</td>
      <td className="col-factors">
        {row.factors.length > 0 && (
          <ul className="factor-tags">
            {row.factors.map((f) => (
              <li key={f.id}>
                <a href={f.href}>{f.label}</a>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="col-severity">
        <SeverityBadge severity={row.severity} label={row.severityLabel} />
      </td>
      <td className="col-coverage">{row.coverageLabel}</td>
    </tr>
  )
}
