import type { Incident } from '../content/types'
import { byStart } from '../incidents/derive'
import { toMoment } from '../time/moment'

/** The incidents recorded at full depth: the core of the record. */
export function coreIncidents(incidents: readonly Incident[]): Incident[] {
  return byStart(incidents).filter((inc) => inc.coverage === 'full')
}

/** The most recently added records, newest first (ties: the later incident first). */
export function latestAdditions(incidents: readonly Incident[], count: number): Incident[] {
  return [...incidents]
    .sort(
      (a, b) =>
        b.added.localeCompare(a.added) || toMoment(b.start).instant.getTime() - toMoment(a.start).instant.getTime(),
    )
    .slice(0, count)
}

const SEVERITY_RANK = { critical: 0, major: 1, moderate: 2, minor: 3 } as const

/**
 * The incidents the home page's strip shows: all of them up to `limit`; beyond it, the `limit`
 * most severe (ties: the later first), kept in the order given.
 */
export function stripIncidents(incidents: readonly Incident[], limit: number): readonly Incident[] {
  if (incidents.length <= limit) return incidents
  const start = (inc: Incident) => toMoment(inc.start).instant.getTime()
  const chosen = new Set(
    [...incidents]
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || start(b) - start(a))
      .slice(0, limit),
  )
  return incidents.filter((inc) => chosen.has(inc))
}

/** The span of years the record covers. */
export function yearSpan(incidents: readonly Incident[]): { from: number; to: number } | undefined {
  const years = incidents.map((inc) => Number(inc.start.at.slice(0, 4)))
  return years.length === 0 ? undefined : { from: Math.min(...years), to: Math.max(...years) }
}
