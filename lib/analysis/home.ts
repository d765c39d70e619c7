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

/** The span of years the record covers. */
export function yearSpan(incidents: readonly Incident[]): { from: number; to: number } | undefined {
  const years = incidents.map((inc) => Number(inc.start.at.slice(0, 4)))
  return years.length === 0 ? undefined : { from: Math.min(...years), to: Math.max(...years) }
}
