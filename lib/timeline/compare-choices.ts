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

function overlap(set: ReadonlySet<string>, b: readonly string[]): number {
  let n = 0
  for (const x of b) if (set.has(x)) n += 1
  return n
}

/** How close another incident is to `incident`: named relations first, then place, operator, factors. */
function affinityTo(incident: CompareCandidate): (other: CompareCandidate) => number {
  const named = new Set(incident.related.map((r) => r.incident))
  const operators = new Set(incident.operators)
  const factors = new Set(incident.factors.map((f) => f.factor))
  return (other) => {
    const names = named.has(other.id) || other.related.some((r) => r.incident === incident.id)
    const place = incident.facility !== undefined && incident.facility === other.facility
    let shared = 0
    for (const f of other.factors) if (factors.has(f.factor)) shared += 1
    return (
      (names ? 100 : 0) + (place ? 20 : 0) + 10 * Math.min(overlap(operators, other.operators), 2) + Math.min(shared, 5)
    )
  }
}

/** How close `other` is to `incident`: named relations first, then place, operator, factors. */
export function compareAffinity(incident: CompareCandidate, other: CompareCandidate): number {
  return affinityTo(incident)(other)
}

/** Each candidate's start in ms, parsed once per process: every incident page ranks every incident. */
const starts = new WeakMap<CompareCandidate, number>()
function startMs(c: CompareCandidate): number {
  let t = starts.get(c)
  if (t === undefined) {
    t = toMoment(c.start).instant.getTime()
    starts.set(c, t)
  }
  return t
}

interface Ranked<T> {
  c: T
  score: number
  distance: number
}

const before = <T extends CompareCandidate>(a: Ranked<T>, b: Ranked<T>): number =>
  b.score - a.score || a.distance - b.distance || a.c.id.localeCompare(b.c.id)

/**
 * The incidents offered beside `incident`, at most `limit`, newest first. The best `limit` are kept
 * as the candidates go by (not all of them sorted): at 10,000 incidents the whole sort took most of
 * an incident page's time.
 */
export function compareChoices<T extends CompareCandidate>(
  incident: CompareCandidate,
  all: readonly T[],
  limit: number = COMPARE_LIMIT,
): T[] {
  const t0 = startMs(incident)
  const keep = Math.max(0, limit)
  const best: Ranked<T>[] = []
  const affinity = affinityTo(incident)
  for (const c of all) {
    if (c.id === incident.id || keep === 0) continue
    const score = affinity(c)
    const worst = best[best.length - 1]
    if (best.length === keep && worst && score < worst.score) continue
    const r = { c, score, distance: Math.abs(startMs(c) - t0) }
    if (best.length === keep && worst && before(r, worst) >= 0) continue
    let at = best.length
    for (let prev = best[at - 1]; prev && before(r, prev) < 0; prev = best[at - 1]) at -= 1
    best.splice(at, 0, r)
    if (best.length > keep) best.pop()
  }
  return best.map((r) => r.c).sort((a, b) => startMs(b) - startMs(a) || a.id.localeCompare(b.id))
}

/** An option's label: the incident's year (Korea time, as its start is written) and its title. */
export function compareLabel(incident: CompareCandidate, title: string): string {
  return `${incident.start.at.slice(0, 4)} · ${title}`
}
