/**
 * Timeline filters: read from and written to the query string, and matched against an item's
 * facets. Every query value is untrusted: it is only ever compared with known ids, never shown
 * as markup. Framework-free; the client filter component imports this (no content, no dates).
 *
 * Semantics: every filter given must hold (AND). `from`/`to` bound the item's year (inclusive;
 * swapped when given the wrong way round). `factor`, `entity`, `service` and `severity` match
 * when the item's facets contain the id. A policy step or a response carries the facets of the
 * incidents it belongs to, so a filtered view keeps the policies and responses of the incidents
 * it shows.
 */
import { SEVERITIES, type Severity } from '../schema/vocabulary'

export const FILTER_KEYS = ['from', 'to', 'factor', 'entity', 'service', 'severity'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

export interface TimelineFilters {
  from?: number
  to?: number
  factor?: string
  entity?: string
  service?: string
  severity?: Severity
}

/** What an item is matched on (the data- attributes of its element carry the same). */
export interface FilterFacets {
  year: number
  factors: readonly string[]
  entities: readonly string[]
  services: readonly string[]
  severities: readonly string[]
}

/** The values a query may name: plain arrays, so they can be handed to a client component. */
export interface KnownIds {
  years: readonly number[]
  factors: readonly string[]
  entities: readonly string[]
  services: readonly string[]
}

/** A query value that was ignored, as given (for a message; render it as text only). */
export interface Ignored {
  key: string
  value: string
}

const isFilterKey = (k: string): k is FilterKey => FILTER_KEYS.some((f) => f === k)
export const isSeverity = (v: string): v is Severity => SEVERITIES.some((s) => s === v)

/** A year as a query gives it: four digits, within the known span. */
export function parseYear(value: string, years: readonly number[]): number | undefined {
  if (!/^\d{4}$/.test(value)) return undefined
  const n = Number(value)
  return years.includes(n) ? n : undefined
}

/**
 * Reads the filters out of a query (e.g. `new URLSearchParams(location.search)`). Keys that are
 * not filters are left alone; an empty value means "any"; an unknown value, or a second value
 * for the same key, is ignored and reported.
 */
export function parseTimelineFilters(
  query: Iterable<readonly [string, string]>,
  known: KnownIds,
): { filters: TimelineFilters; ignored: Ignored[] } {
  const filters: TimelineFilters = {}
  const ignored: Ignored[] = []
  const seen = new Set<string>()
  for (const [key, value] of query) {
    if (!isFilterKey(key) || value === '') continue
    if (seen.has(key)) {
      ignored.push({ key, value })
      continue
    }
    seen.add(key)
    let ok = true
    if (key === 'from' || key === 'to') {
      const year = parseYear(value, known.years)
      if (year === undefined) ok = false
      else filters[key] = year
    } else if (key === 'severity') {
      if (isSeverity(value)) filters.severity = value
      else ok = false
    } else {
      const ids = key === 'factor' ? known.factors : key === 'entity' ? known.entities : known.services
      if (ids.includes(value)) filters[key] = value
      else ok = false
    }
    if (!ok) ignored.push({ key, value })
  }
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    const { from, to } = filters
    filters.from = to
    filters.to = from
  }
  return { filters, ignored }
}

/** The query string for a set of filters, in a fixed key order, without the leading `?`. */
export function serializeTimelineFilters(f: TimelineFilters): string {
  const q = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const v = f[key]
    if (v !== undefined) q.set(key, String(v))
  }
  return q.toString()
}

/** The filters with one value set (or cleared with ''), checked like a query, from/to kept in order. */
export function withFilter(f: TimelineFilters, key: FilterKey, value: string, known: KnownIds): TimelineFilters {
  const q = new URLSearchParams(serializeTimelineFilters(f))
  if (value === '') q.delete(key)
  else q.set(key, value)
  return parseTimelineFilters(q, known).filters
}

/** True when no filter is set. */
export function noFilters(f: TimelineFilters): boolean {
  return FILTER_KEYS.every((k) => f[k] === undefined)
}

/** Whether an item with these facets passes every filter given. */
export function matches(facets: FilterFacets, f: TimelineFilters): boolean {
  const has = (list: readonly string[], v: string | undefined) => v === undefined || list.includes(v)
  return (
    (f.from === undefined || facets.year >= f.from) &&
    (f.to === undefined || facets.year <= f.to) &&
    has(facets.factors, f.factor) &&
    has(facets.entities, f.entity) &&
    has(facets.services, f.service) &&
    has(facets.severities, f.severity)
  )
}

/** The data- attributes an item's element carries, so the client can filter without the content. */
export function dataAttributes(facets: FilterFacets): Record<`data-${string}`, string> {
  return {
    'data-year': String(facets.year),
    'data-factors': facets.factors.join(' '),
    'data-entities': facets.entities.join(' '),
    'data-services': facets.services.join(' '),
    'data-severities': facets.severities.join(' '),
  }
}

/** The facets back from an element's dataset (the inverse of dataAttributes). */
export function facetsFromData(data: { readonly [name: string]: string | undefined }): FilterFacets {
  const list = (v: string | undefined) => (v ?? '').split(' ').filter((s) => s !== '')
  return {
    year: Number(data.year ?? Number.NaN),
    factors: list(data.factors),
    entities: list(data.entities),
    services: list(data.services),
    severities: list(data.severities),
  }
}
