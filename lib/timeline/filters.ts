/**
 * Timeline filters: read from and written to the query string (by the rules of lib/url-state.ts),
 * and matched against an item's facets. Every query value is untrusted: it is only ever compared
 * with known ids, never shown as markup. Framework-free; the filter island imports this (no
 * content, no dates).
 *
 * Semantics: every filter given must hold (AND). `from`/`to` bound the item's year (inclusive;
 * swapped when given the wrong way round). `factor`, `entity`, `service` and `severity` match
 * when the item's facets contain the id. A policy step or a response carries the facets of the
 * incidents it belongs to, so a filtered view keeps the policies and responses of the incidents
 * it shows.
 */
import { SEVERITIES, type Severity } from '../schema/vocabulary'
import { inOrder, oneOf, queryString, type Rejected, readQuery, year } from '../url-state'

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

export const isSeverity = (v: string): v is Severity => SEVERITIES.some((s) => s === v)

/**
 * Reads the filters out of a query by the rules of lib/url-state.ts: years and ids must be ones
 * the timeline knows; from/to are put in order.
 */
export function parseTimelineFilters(
  query: Iterable<readonly [string, string]>,
  known: KnownIds,
): { filters: TimelineFilters; rejected: Rejected[] } {
  const { values, rejected } = readQuery<TimelineFilters>(query, {
    from: year(known.years),
    to: year(known.years),
    factor: oneOf(known.factors),
    entity: oneOf(known.entities),
    service: oneOf(known.services),
    severity: oneOf(SEVERITIES),
  })
  return { filters: inOrder(values), rejected }
}

/** The query string for a set of filters, in a fixed key order, without the leading `?`. */
export function serializeTimelineFilters(f: TimelineFilters): string {
  return queryString(FILTER_KEYS.map((key) => [key, f[key]]))
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

/** The window event the filter island sends when the filters change, so the time axis follows them. */
export const FILTERS_EVENT = 'oc:timeline-filters'

/**
 * A query (`location.search`) with its filters replaced by `filters`, every other value (the time
 * axis's `start`, `end`, `lanes`, `compare`) kept as it was: the filters and the axis share one address.
 */
export function mergeFilterQuery(search: string, filters: TimelineFilters): string {
  const q = new URLSearchParams(search)
  for (const key of FILTER_KEYS) q.delete(key)
  for (const [key, value] of new URLSearchParams(serializeTimelineFilters(filters))) q.append(key, value)
  return q.toString()
}
