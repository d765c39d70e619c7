import type { ReactNode } from 'react'
import type { Lang } from '@/lib/i18n/lang'

/** The data behind a chart as a table, folded under the chart: the chart's text alternative. */
export function ChartTable({
  caption,
  headers,
  lang,
  children,
}: {
  caption: string
  headers: string[]
  lang: Lang
  children: ReactNode
}) {
  return (
    <details>
      <summary>{lang === 'ko' ? '표로 보기' : 'Show as a table'}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </details>
  )
}
