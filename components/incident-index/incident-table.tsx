import type { Lang } from '@/lib/i18n/lang'
import { incidentsShown, tmsg } from '@/lib/timeline/messages'
import { DEFAULT_INDEX_STATE, type IndexRowView, type SortKey } from '@/lib/timeline/index-state'
import type { Option } from '@/lib/timeline/options'
import { IndexFilters } from './index-filters'
import { IndexRow } from './index-row'
import { SortHeader } from './sort-header'

/**
 * The table with its filter form (island `incident-table`). Rendered sorted by date and complete
 * without JavaScript; the island reads the query string once, sorts and filters the rows, and
 * keeps the query string in step with the controls.
 */
export function IncidentTable({
  rows,
  factors,
  years,
  severities,
  lang,
}: {
  rows: IndexRowView[]
  factors: Option[]
  years: number[]
  severities: Option[]
  lang: Lang
}) {
  const { sort, dir } = DEFAULT_INDEX_STATE
  const header = (key: SortKey, label: string) => (
    <SortHeader sortKey={key} label={label} active={sort === key} dir={dir} />
  )
  return (
    <div className="incident-table" data-island="incident-table" data-lang={lang}>
      <IndexFilters factors={factors} years={years} severities={severities} lang={lang} />
      <p className="filter-count" role="status">
        {incidentsShown(rows.length, rows.length, lang)}
      </p>
      <div className="index-table-wrap" role="region" aria-label={tmsg('tableRegion', lang)} tabIndex={0}>
        <table className="index-table">
          <caption>{tmsg('indexCaption', lang)}</caption>
          <thead>
            <tr>
              {header('date', tmsg('colDate', lang))}
              <th scope="col">{tmsg('colTitle', lang)}</th>
              {header('duration', tmsg('colDuration', lang))}
              <th scope="col">{tmsg('colOperators', lang)}</th>
              <th scope="col">{tmsg('colFactors', lang)}</th>
              {header('severity', tmsg('colSeverity', lang))}
              <th scope="col">{tmsg('colCoverage', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <IndexRow key={r.id} row={r} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
