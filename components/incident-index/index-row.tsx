import { type IndexRowView, rowDataAttributes } from '@/lib/timeline/index-state'

/** One incident in the table; its data- attributes are what the island sorts and filters by. */
export function IndexRow({ row }: { row: IndexRowView }) {
  return (
    <tr {...rowDataAttributes(row)}>
      <td className="nowrap">
        <time dateTime={row.dateTime}>{row.date}</time>
      </td>
      <th scope="row">
        <a href={row.href}>{row.title}</a>
      </th>
      <td className="nowrap">{row.duration}</td>
      <td>{row.operators.map((o) => o.label).join(', ')}</td>
      <td>
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
      <td>
        <span className={`severity-badge severity-${row.severity}`}>{row.severityLabel}</span>
      </td>
      <td>{row.coverageLabel}</td>
    </tr>
  )
}
