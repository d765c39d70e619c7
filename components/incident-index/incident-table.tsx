'use client'
import { useEffect, useState } from 'react'
import type { Lang } from '@/lib/i18n/lang'
import { ignoredValues } from '@/lib/i18n/rejected'
import { incidentsShown, tmsg } from '@/lib/timeline/messages'
import type { Rejected } from '@/lib/url-state'
import {
  DEFAULT_INDEX_STATE,
  filterRows,
  type IndexRowView,
  type IndexState,
  nextSort,
  parseIndexQuery,
  serializeIndexQuery,
  sortRows,
  type SortKey,
} from '@/lib/timeline/index-state'
import type { Option } from '@/lib/timeline/options'
import { IndexFilters } from './index-filters'
import { IndexRow } from './index-row'
import { SortHeader } from './sort-header'

function writeQuery(state: IndexState) {
  const qs = serializeIndexQuery(state)
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${qs === '' ? '' : `?${qs}`}${window.location.hash}`,
  )
}

/**
 * The table with its filter form. Rendered on the server sorted by date (complete without JS);
 * in the browser it reads the query string once and keeps it in step with the controls.
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
  const [ready, setReady] = useState(false)
  const [state, setState] = useState<IndexState>(DEFAULT_INDEX_STATE)
  const [ignored, setIgnored] = useState<Rejected[]>([])

  useEffect(() => {
    const parsed = parseIndexQuery(new URLSearchParams(window.location.search), {
      factors: factors.map((f) => f.id),
      years,
    })
    setState(parsed.state)
    setIgnored(parsed.rejected)
    setReady(true)
  }, [factors, years])

  const update = (next: IndexState) => {
    setState(next)
    setIgnored([])
    writeQuery(next)
  }
  const shown = sortRows(filterRows(rows, state), state.sort, state.dir)
  const header = (key: SortKey, label: string) => (
    <SortHeader
      label={label}
      active={state.sort === key}
      dir={state.dir}
      interactive={ready}
      lang={lang}
      onSort={() => update(nextSort(state, key))}
    />
  )

  return (
    <>
      {ready && (
        <IndexFilters
          state={state}
          factors={factors}
          years={years}
          severities={severities}
          lang={lang}
          onChange={update}
          onClear={() => update({ ...DEFAULT_INDEX_STATE, sort: state.sort, dir: state.dir })}
        />
      )}
      {ignored.length > 0 && (
        <p className="filter-notice" role="alert">
          {ignoredValues(ignored, lang)}
        </p>
      )}
      <p className="filter-count" role="status">
        {incidentsShown(shown.length, rows.length, lang)}
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
            {shown.map((r) => (
              <IndexRow key={r.id} row={r} />
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={7}>{tmsg('noRows', lang)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  )
}
