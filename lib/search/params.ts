/**
 * The search page's state in its URL (?q=…&type=…&year=…&factor=…), read by the rules of
 * lib/url-state.ts (the year and factor must be ones the page offers) and written back in a
 * stable order.
 */
import { oneOf, queryString, type Rejected, readQuery, text, year } from '../url-state'
import { DOC_TYPES } from './documents'
import type { SearchFilters } from './engine'

export interface SearchState {
  q: string
  filters: SearchFilters
}

export function parseSearchParams(
  query: Iterable<readonly [string, string]>,
  known: { factors: readonly string[]; years: readonly number[] },
): { state: SearchState; rejected: Rejected[] } {
  const { values, rejected } = readQuery<SearchFilters & { q: string }>(query, {
    q: text,
    type: oneOf(DOC_TYPES),
    year: year(known.years),
    factor: oneOf(known.factors),
  })
  const { q = '', ...filters } = values
  return { state: { q, filters }, rejected }
}

export function serializeSearchParams({ q, filters }: SearchState): string {
  return queryString([
    ['q', q.trim() === '' ? undefined : q],
    ['type', filters.type],
    ['year', filters.year],
    ['factor', filters.factor],
  ])
}
