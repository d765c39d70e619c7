import type { SortDir, SortKey } from '@/lib/timeline/index-state'

/**
 * A column heading the table can be sorted by: aria-sort says the current order. The island
 * turns its label into a button that changes it (without JavaScript the table stays by date).
 */
export function SortHeader({
  sortKey,
  label,
  active,
  dir,
}: {
  sortKey: SortKey
  label: string
  active: boolean
  dir: SortDir
}) {
  const sort = active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'
  return (
    <th scope="col" aria-sort={sort} data-sort={sortKey}>
      {label}
    </th>
  )
}
