/**
 * The state of the incident index table (text, factor, severity, year; sort column and
 * direction), read from and written to the query string (by the rules of lib/url-state.ts), and
 * the sorting and filtering of rows. Pure and framework-free, and light enough for the island.
 */
import { type Coverage, SEVERITIES, type Severity } from '../schema/vocabulary'
import { isSeverity } from './filters'
import { LIMITS, oneOf, queryString, type Rejected, readQuery, text, year } from '../url-state'

/** A row in one language: only strings and numbers, ready for a client component. */
export interface IndexRowView {
  id: string
  href: string
  title: string
  date: string
  dateTime: string
  startMs: number
  year: number
  /** Formatted with formatLength (a range where an end is coarse); "—" when unknown. */
  duration: string
  /** For sorting: the middle of the length's range, in minutes; null when unknown. */
  durationMinutes: number | null
  /** True when the length is only approximate or a range. */
  approximate: boolean
  operators: Array<{ id: string; label: string }>
  factors: Array<{ id: string; label: string; href: string }>
  severity: Severity
  severityLabel: string
  severityRank: number
  coverage: Coverage
  coverageLabel: string
  /** Lower-cased text the search box looks in: titles in both languages, aliases, operators, factors. */
  search: string
}

export const normalizeSearch = (s: string): string => s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim()

export const SORT_KEYS = ['date', 'duration', 'severity'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const SORT_DIRS = ['asc', 'desc'] as const
export type SortDir = (typeof SORT_DIRS)[number]

/** The direction a column sorts in when first chosen: dates oldest first, the longest and worst first. */
export const FIRST_DIR: Record<SortKey, SortDir> = { date: 'asc', duration: 'desc', severity: 'desc' }

export interface IndexState {
  q: string
  factor?: string
  severity?: Severity
  year?: number
  sort: SortKey
  dir: SortDir
}

export const DEFAULT_INDEX_STATE: IndexState = { q: '', sort: 'date', dir: 'asc' }
/** The longest text the search box keeps (the same limit as every query: lib/url-state.ts). */
export const MAX_QUERY_LENGTH = LIMITS.text

/**
 * Reads the table state from a query by the rules of lib/url-state.ts: the factor and year must be
 * ones the index knows. Without `dir`, a column sorts in its first direction.
 */
export function parseIndexQuery(
  query: Iterable<readonly [string, string]>,
  known: { factors: readonly string[]; years: readonly number[] },
): { state: IndexState; rejected: Rejected[] } {
  const { values, rejected } = readQuery<IndexState>(query, {
    q: text,
    factor: oneOf(known.factors),
    severity: oneOf(SEVERITIES),
    year: year(known.years),
    sort: oneOf(SORT_KEYS),
    dir: oneOf(SORT_DIRS),
  })
  const sort = values.sort ?? DEFAULT_INDEX_STATE.sort
  return { state: { ...DEFAULT_INDEX_STATE, ...values, sort, dir: values.dir ?? FIRST_DIR[sort] }, rejected }
}

/** The query string for a table state, leaving out defaults, without the leading `?`. */
export function serializeIndexQuery(s: IndexState): string {
  return queryString([
    ['q', s.q.trim()],
    ['factor', s.factor],
    ['severity', s.severity],
    ['year', s.year],
    ['sort', s.sort === DEFAULT_INDEX_STATE.sort ? undefined : s.sort],
    ['dir', s.dir === FIRST_DIR[s.sort] ? undefined : s.dir],
  ])
}

/** The state after pressing a column's sort button: the same column flips, another starts at its first direction. */
export function nextSort(s: IndexState, key: SortKey): IndexState {
  if (s.sort === key) return { ...s, dir: s.dir === 'asc' ? 'desc' : 'asc' }
  return { ...s, sort: key, dir: FIRST_DIR[key] }
}

/** Rows passing every filter: all words of the text, the factor, the severity and the year. */
export function filterRows<
  R extends Pick<IndexRowView, 'search' | 'severity' | 'year'> & { factors: ReadonlyArray<{ id: string }> },
>(rows: readonly R[], s: IndexState): R[] {
  const words = normalizeSearch(s.q)
    .split(' ')
    .filter((w) => w !== '')
  return rows.filter(
    (r) =>
      words.every((w) => r.search.includes(w)) &&
      (s.factor === undefined || r.factors.some((f) => f.id === s.factor)) &&
      (s.severity === undefined || r.severity === s.severity) &&
      (s.year === undefined || r.year === s.year),
  )
}

/** Rows in the chosen order. Rows with no known duration go last in either direction; ties by date. */
export function sortRows<R extends Pick<IndexRowView, 'startMs' | 'durationMinutes' | 'severityRank' | 'id'>>(
  rows: readonly R[],
  sort: SortKey,
  dir: SortDir,
): R[] {
  const sign = dir === 'asc' ? 1 : -1
  const byDate = (a: R, b: R) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  return [...rows].sort((a, b) => {
    if (sort === 'duration') {
      if (a.durationMinutes === null || b.durationMinutes === null) {
        return (a.durationMinutes === null ? 1 : 0) - (b.durationMinutes === null ? 1 : 0) || byDate(a, b)
      }
      return sign * (a.durationMinutes - b.durationMinutes) || byDate(a, b)
    }
    if (sort === 'severity') return sign * (a.severityRank - b.severityRank) || byDate(a, b)
    return sign * byDate(a, b)
  })
}

/** What the table's island sorts and filters a row by; carried by the row's data- attributes. */
export type IndexRowFacets = Pick<
  IndexRowView,
  'id' | 'startMs' | 'durationMinutes' | 'severityRank' | 'severity' | 'year' | 'search'
> & { factors: Array<{ id: string }> }

/** The data- attributes of a row's <tr>, so the island can sort and filter without the content. */
export function rowDataAttributes(r: IndexRowView): Record<`data-${string}`, string> {
  return {
    'data-id': r.id,
    'data-start-ms': String(r.startMs),
    'data-duration-minutes': r.durationMinutes === null ? '' : String(r.durationMinutes),
    'data-severity': r.severity,
    'data-severity-rank': String(r.severityRank),
    'data-year': String(r.year),
    'data-factors': r.factors.map((f) => f.id).join(' '),
    'data-search': r.search,
  }
}

/** The facets back from a row's dataset (the inverse of rowDataAttributes); undefined when malformed. */
export function rowFromData(data: { readonly [name: string]: string | undefined }): IndexRowFacets | undefined {
  const int = (v: string | undefined) => (v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined)
  const { id, severity, search, durationMinutes: duration = '' } = data
  const startMs = int(data.startMs)
  const severityRank = int(data.severityRank)
  const year = int(data.year)
  const durationMinutes = duration === '' ? null : int(duration)
  if (id === undefined || search === undefined || severity === undefined || !isSeverity(severity)) return undefined
  if (startMs === undefined || severityRank === undefined || year === undefined || durationMinutes === undefined) {
    return undefined
  }
  const factors = (data.factors ?? '')
    .split(' ')
    .filter((f) => f !== '')
    .map((f) => ({ id: f }))
  return { id, startMs, durationMinutes, severityRank, severity, year, search, factors }
}
