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
    return affinityScore(names, place, overlap(operators, other.operators), shared)
  }
}

/** The affinity rule's weights: a named relation, the same facility, shared operators (up to 2), shared factors (up to 5). */
function affinityScore(named: boolean, place: boolean, operators: number, factors: number): number {
  return (named ? 100 : 0) + (place ? 20 : 0) + 10 * Math.min(operators, 2) + Math.min(factors, 5)
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

/**
 * Every incident of a list in numbers, built once per list and process: each incident page then
 * scores every incident with a few integer comparisons (at 10,000 incidents a page scored them
 * through sets of strings and a parsed start per candidate: 2-8 ms a page).
 */
interface CandidateTable {
  ids: Map<string, number>
  start: Float64Array
  /** Each id's place in the ids sorted by localeCompare, for ties. */
  rank: Int32Array
  /** Facility number, −1 for none. */
  facility: Int32Array
  /** Operators and factors: candidate i's are [from[i], from[i + 1]) of `list`, as numbers. */
  operators: Offsets
  factors: Offsets
  /** Which candidates name a given incident id as related. */
  namedBy: Map<string, number[]>
  codes: Map<string, number>
}

interface Offsets {
  from: Int32Array
  list: Int32Array
}

function offsets(lists: readonly (readonly string[])[], code: (s: string) => number): Offsets {
  const from = new Int32Array(lists.length + 1)
  lists.forEach((l, i) => {
    from[i + 1] = (from[i] ?? 0) + l.length
  })
  return { from, list: Int32Array.from(lists.flat(), code) }
}

const tables = new WeakMap<readonly CompareCandidate[], CandidateTable>()
function tableOf(all: readonly CompareCandidate[]): CandidateTable {
  let table = tables.get(all)
  if (table) return table
  const codes = new Map<string, number>()
  const code = (s: string): number => {
    let n = codes.get(s)
    if (n === undefined) {
      n = codes.size
      codes.set(s, n)
    }
    return n
  }
  const rank = new Int32Array(all.length)
  all
    .map((c, i) => ({ id: c.id, i }))
    .sort((a, b) => a.id.localeCompare(b.id))
    .forEach((x, r) => {
      rank[x.i] = r
    })
  const namedBy = new Map<string, number[]>()
  all.forEach((c, i) => {
    for (const r of c.related) namedBy.set(r.incident, [...(namedBy.get(r.incident) ?? []), i])
  })
  table = {
    ids: new Map(all.map((c, i) => [c.id, i])),
    start: Float64Array.from(all, startMs),
    rank,
    facility: Int32Array.from(all, (c) => (c.facility === undefined ? -1 : code(c.facility))),
    operators: offsets(
      all.map((c) => c.operators),
      code,
    ),
    factors: offsets(
      all.map((c) => c.factors.map((f) => f.factor)),
      code,
    ),
    namedBy,
    codes,
  }
  tables.set(all, table)
  return table
}

/** How many of candidate i's entries are marked. */
function marked(o: Offsets, i: number, mark: Uint8Array): number {
  let n = 0
  for (let k = o.from[i] ?? 0, end = o.from[i + 1] ?? 0; k < end; k++) n += mark[o.list[k] ?? -1] ?? 0
  return n
}

/**
 * The incidents offered beside `incident`, at most `limit`, newest first: the best by affinity
 * (compareAffinity), then nearness in time, then id. The best `limit` are kept as the candidates
 * go by (not all of them sorted).
 */
export function compareChoices<T extends CompareCandidate>(
  incident: CompareCandidate,
  all: readonly T[],
  limit: number = COMPARE_LIMIT,
): T[] {
  const keep = Math.max(0, limit)
  if (keep === 0) return []
  const t = tableOf(all)
  const t0 = startMs(incident)
  const own = t.ids.get(incident.id) ?? -1
  const mark = (values: readonly string[]): Uint8Array => {
    const m = new Uint8Array(t.codes.size)
    for (const v of values) {
      const n = t.codes.get(v)
      if (n !== undefined) m[n] = 1
    }
    return m
  }
  const operators = mark(incident.operators)
  const factors = mark(incident.factors.map((f) => f.factor))
  const facility = incident.facility === undefined ? -2 : (t.codes.get(incident.facility) ?? -2)
  const named = new Set(t.namedBy.get(incident.id))
  for (const r of incident.related) {
    const i = t.ids.get(r.incident)
    if (i !== undefined) named.add(i)
  }
  // The best so far, best first: candidate numbers with their score and distance.
  const best: Array<{ i: number; score: number; distance: number }> = []
  const before = (a: { i: number; score: number; distance: number }, b: typeof a): number =>
    b.score - a.score || a.distance - b.distance || (t.rank[a.i] ?? 0) - (t.rank[b.i] ?? 0)
  for (let i = 0; i < all.length; i++) {
    if (i === own) continue
    const score = affinityScore(
      named.has(i),
      t.facility[i] === facility,
      marked(t.operators, i, operators),
      marked(t.factors, i, factors),
    )
    const worst = best[best.length - 1]
    if (best.length === keep && worst && score < worst.score) continue
    const r = { i, score, distance: Math.abs((t.start[i] ?? 0) - t0) }
    if (best.length === keep && worst && before(r, worst) >= 0) continue
    let at = best.length
    for (let prev = best[at - 1]; prev && before(r, prev) < 0; prev = best[at - 1]) at -= 1
    best.splice(at, 0, r)
    if (best.length > keep) best.pop()
  }
  return best.flatMap((r) => all[r.i] ?? []).sort((a, b) => startMs(b) - startMs(a) || a.id.localeCompare(b.id))
}

/** An option's label: the incident's year (Korea time, as its start is written) and its title. */
export function compareLabel(incident: CompareCandidate, title: string): string {
  return `${incident.start.at.slice(0, 4)} · ${title}`
}
