import type { Lang } from '@/lib/i18n/lang'
import { sortBy } from '@/lib/timeline/messages'
import type { SortDir } from '@/lib/timeline/index-state'

/** A column heading that sorts the table: aria-sort says the current order; the button changes it. */
export function SortHeader({
  label,
  active,
  dir,
  interactive,
  lang,
  onSort,
}: {
  label: string
  active: boolean
  dir: SortDir
  interactive: boolean
  lang: Lang
  onSort: () => void
}) {
  const sort = active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'
  return (
    <th scope="col" aria-sort={sort}>
      {interactive ? (
        <button type="button" className="sort-button" onClick={onSort} title={sortBy(label, lang)}>
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </button>
      ) : (
        label
      )}
    </th>
  )
}
