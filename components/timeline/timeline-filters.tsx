'use client'
import { useEffect, useState } from 'react'
import type { Lang } from '@/lib/i18n/lang'
import { ignoredValues } from '@/lib/i18n/rejected'
import { itemsShown, tmsg } from '@/lib/timeline/messages'
import {
  type FilterKey,
  facetsFromData,
  type KnownIds,
  matches,
  parseTimelineFilters,
  serializeTimelineFilters,
  type TimelineFilters as Filters,
  withFilter,
} from '@/lib/timeline/filters'
import type { FilterOptions } from '@/lib/timeline/options'
import type { Rejected } from '@/lib/url-state'
import { FilterSelect } from './filter-select'

/** Shows only the server-rendered items that match; returns how many are shown. */
function showMatching(filters: Filters): number {
  let shown = 0
  for (const el of document.querySelectorAll<HTMLElement>('[data-timeline-item]')) {
    const ok = matches(facetsFromData(el.dataset), filters)
    el.hidden = !ok
    if (ok) shown += 1
  }
  for (const section of document.querySelectorAll<HTMLElement>('[data-timeline-year]')) {
    const any = section.querySelector('[data-timeline-item]:not([hidden])') !== null
    section.hidden = !any
    for (const link of document.querySelectorAll<HTMLElement>('[data-year-link]')) {
      if (link.dataset.yearLink === section.dataset.timelineYear) link.hidden = !any
    }
  }
  return shown
}

function writeQuery(filters: Filters) {
  const qs = serializeTimelineFilters(filters)
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${qs === '' ? '' : `?${qs}`}${window.location.hash}`,
  )
}

/**
 * The filter form. The timeline is complete without it (no JS: everything shows); with JS it reads
 * the query string once, hides what does not match, and keeps the query string in step.
 */
export function TimelineFilters({
  lang,
  known,
  options,
  total,
}: {
  lang: Lang
  known: KnownIds
  options: FilterOptions
  total: number
}) {
  const [ready, setReady] = useState(false)
  const [filters, setFilters] = useState<Filters>({})
  const [ignored, setIgnored] = useState<Rejected[]>([])
  const [shown, setShown] = useState(total)

  useEffect(() => {
    const parsed = parseTimelineFilters(new URLSearchParams(window.location.search), known)
    setFilters(parsed.filters)
    setIgnored(parsed.rejected)
    setReady(true)
  }, [known])

  useEffect(() => {
    if (ready) setShown(showMatching(filters))
  }, [filters, ready])

  const set = (key: FilterKey) => (value: string) => {
    const next = withFilter(filters, key, value, known)
    setFilters(next)
    setIgnored([])
    writeQuery(next)
  }
  const clear = () => {
    setFilters({})
    setIgnored([])
    writeQuery({})
  }
  const years = options.years.map((y) => ({ id: String(y), label: String(y) }))
  const any = tmsg('any', lang)

  return (
    <section className="timeline-filters" aria-labelledby="filters-heading" hidden={!ready}>
      <h2 id="filters-heading">{tmsg('filters', lang)}</h2>
      <form className="filter-form" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          id="filter-from"
          label={tmsg('from', lang)}
          value={filters.from === undefined ? '' : String(filters.from)}
          anyLabel={any}
          options={years}
          onChange={set('from')}
        />
        <FilterSelect
          id="filter-to"
          label={tmsg('to', lang)}
          value={filters.to === undefined ? '' : String(filters.to)}
          anyLabel={any}
          options={years}
          onChange={set('to')}
        />
        <FilterSelect
          id="filter-factor"
          label={tmsg('factor', lang)}
          value={filters.factor ?? ''}
          anyLabel={any}
          options={options.factors}
          onChange={set('factor')}
        />
        <FilterSelect
          id="filter-entity"
          label={tmsg('entity', lang)}
          value={filters.entity ?? ''}
          anyLabel={any}
          options={options.entities}
          onChange={set('entity')}
        />
        <FilterSelect
          id="filter-service"
          label={tmsg('service', lang)}
          value={filters.service ?? ''}
          anyLabel={any}
          options={options.services}
          onChange={set('service')}
        />
        <FilterSelect
          id="filter-severity"
          label={tmsg('severity', lang)}
          value={filters.severity ?? ''}
          anyLabel={any}
          options={options.severities}
          onChange={set('severity')}
        />
        <button type="button" className="clear-filters" onClick={clear}>
          {tmsg('clearFilters', lang)}
        </button>
      </form>
      {ignored.length > 0 && (
        <p className="filter-notice" role="alert">
          {ignoredValues(ignored, lang)}
        </p>
      )}
      <p className="filter-count" role="status">
        {itemsShown(shown, total, lang)}
      </p>
      {ready && shown === 0 && <p className="filter-empty">{tmsg('noneShown', lang)}</p>}
    </section>
  )
}
