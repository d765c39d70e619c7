/**
 * The incidents the embed builder lists. The builder is one page, but a list of every incident
 * would grow it with the whole record (about 140 bytes an option: past 300 KB at some 2,000
 * incidents). It lists at most `limit` (default 60): the most severe first, then the newest; the
 * list itself reads newest first. Any other incident is embedded from its own page, whose
 * "embed this timeline" link opens the builder with `?incident=<id>` already chosen.
 */
import { type Lang, pagePath } from '../i18n/lang'

/** The parts of an incident the choice reads (the timeline export's incidents fit). */
export interface BuilderIncident {
  id: string
  severity: 'minor' | 'moderate' | 'major' | 'critical'
}

export const BUILDER_LIMIT = 60

const RANK = { critical: 3, major: 2, moderate: 1, minor: 0 } as const

/** Ids start with the incident's date (`YYYY-MM-DD-name`), so they sort by time as text. */
export function builderIncidents<T extends BuilderIncident>(all: readonly T[], limit: number = BUILDER_LIMIT): T[] {
  const newestFirst = (a: T, b: T) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  return [...all]
    .sort((a, b) => RANK[b.severity] - RANK[a.severity] || newestFirst(a, b))
    .slice(0, Math.max(0, limit))
    .sort(newestFirst)
}

/** The embed builder's page, with an incident already chosen when one is given. */
export function builderPath(lang: Lang, incident?: string): string {
  const page = pagePath(lang, 'embed/')
  return incident === undefined ? page : `${page}?incident=${encodeURIComponent(incident)}`
}
