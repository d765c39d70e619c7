/** The search page's state in its URL (?q=…&type=…&year=…&factor=…): parsed defensively, written back in a stable order. */
import { DOC_TYPES } from './documents'
import type { SearchFilters } from './engine'

export interface SearchState {
  q: string
  filters: SearchFilters
}

export function parseSearchParams(params: URLSearchParams, factorIds: readonly string[]): SearchState {
  const q = (params.get('q') ?? '').slice(0, 200)
  const filters: SearchFilters = {}
  const type = DOC_TYPES.find((t) => t === params.get('type'))
  if (type) filters.type = type
  const year = Number(params.get('year'))
  if (Number.isInteger(year) && year >= 1900 && year <= 2100) filters.year = year
  const factor = params.get('factor')
  if (factor !== null && factorIds.includes(factor)) filters.factor = factor
  return { q, filters }
}

export function serializeSearchParams({ q, filters }: SearchState): string {
  const p = new URLSearchParams()
  if (q.trim() !== '') p.set('q', q)
  if (filters.type) p.set('type', filters.type)
  if (filters.year !== undefined) p.set('year', String(filters.year))
  if (filters.factor) p.set('factor', filters.factor)
  return p.toString()
}
