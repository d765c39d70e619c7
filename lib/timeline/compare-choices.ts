/**
 * Which incidents an incident page offers to compare with, on one relative clock.
 *
 * The page cannot list every incident: the picker is on every incident page, so a list of all of
 * them would grow each page with the whole record (and the build with its square). It offers at
 * most `limit` (default 12): the incidents this one names as related, or that name it; then those at
 * the same facility, sharing an operator or a causal factor; ties go to the nearest in time. The
 * choices come back newest first, as the record lists them. Any other pair can still be compared on
 * the timeline page by its address (`?compare=a,b`).
 */
import { type MomentInput, toMoment } from '../time/moment'

/** The parts of an incident the choice reads (a content `Incident` fits). */
export interface CompareCandidate {
  id: string
  start: MomentInput
  facility?: string | undefined
  operators: readonly string[]
  factors: readonly { factor: string }[]
  related: readonly { incident: string }[]
}

export const COMPARE_LIMIT = 12

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a)
  let n = 0
  for (const x of b) if (set.has(x)) n += 1
  return n
}

/** How close `other` is to `incident`: named relations first, then place, operator, factors. */
export function compareAffinity(incident: CompareCandidate, other: CompareCandidate): number {
  const names =
    incident.related.some((r) => r.incident === other.id) || other.related.some((r) => r.incident === incident.id)
  const place = incident.facility !== undefined && incident.facility === other.facility
  const factors = overlap(
    incident.factors.map((f) => f.factor),
    other.factors.map((f) => f.factor),
  )
  return (
    (names ? 100 : 0) +
    (place ? 20 : 0) +
    10 * Math.min(overlap(incident.operators, other.operators), 2) +
    Math.min(factors, 5)
  )
}

/** The incidents offered beside `incident`, at most `limit`, newest first. */
export function compareChoices<T extends CompareCandidate>(
  incident: CompareCandidate,
  all: readonly T[],
  limit: number = COMPARE_LIMIT,
): T[] {
  const time = (c: CompareCandidate) => toMoment(c.start).instant.getTime()
  const t0 = time(incident)
  const distance = (c: T) => Math.abs(time(c) - t0)
  const ranked = all
    .filter((c) => c.id !== incident.id)
    .map((c) => ({ c, score: compareAffinity(incident, c), distance: distance(c) }))
    .sort((a, b) => b.score - a.score || a.distance - b.distance || a.c.id.localeCompare(b.c.id))
    .slice(0, Math.max(0, limit))
    .map((r) => r.c)
  return ranked.sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id))
}

/** An option's label: the incident's year (Korea time, as its start is written) and its title. */
export function compareLabel(incident: CompareCandidate, title: string): string {
  return `${incident.start.at.slice(0, 4)} · ${title}`
}
