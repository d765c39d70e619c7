import type { Incident } from '../content/types'
import { type Moment, toMoment, compareMoments, intervalOf } from '../time/moment'
import { type LengthRange, lengthBetween } from '../time/range'
import { type RecordedLength, recordedLength, statedLengthOf } from './lengths'

/** One stretch of a service's bar, in minutes from the incident's start. */
export interface OutageSegment {
  from: number
  to: number
  /** `down` until partly back, `partly` until fully back. */
  phase: 'down' | 'partly'
  /** True where the record's times only allow it (an end known to the hour, day or month): drawn soft. */
  soft: boolean
}

/** How long one service was out within an incident, from its failure to its last recovery. */
export interface ServiceOutage {
  service: string
  /** When it failed: the first trigger or impact event naming it, else the incident's start. */
  from: Moment
  /** The first recovery event naming it (partly back). */
  firstBack: Moment
  /** The last recovery event naming it (fully back). */
  to: Moment
  /** From its failure until partly back. */
  partly: LengthRange
  /** From its failure until fully back: the length a figure states (`lengthOf: <service>`) wins. */
  fully: RecordedLength
  /** The bar: solid where the times are sure, soft where they only allow it. */
  segments: OutageSegment[]
  /** Where the bar ends at the latest, in minutes from the incident's start. */
  reach: number
}

const MINUTE = 60_000

/** The stretches of a bar from the failure `a`, partly back within [p0, p1], fully back within [f0, f1]. */
export function outageSegments(a: number, partly: [number, number], fully: [number, number]): OutageSegment[] {
  const f1 = Math.max(a, fully[1])
  const f0 = Math.min(Math.max(a, fully[0]), f1)
  const p0 = Math.min(Math.max(a, partly[0]), f0)
  const p1 = Math.min(Math.max(p0, partly[1]), f1)
  const all: OutageSegment[] = [
    { from: a, to: p0, phase: 'down', soft: false },
    { from: p0, to: p1, phase: 'down', soft: true },
    { from: p1, to: f0, phase: 'partly', soft: false },
    { from: Math.max(f0, p1), to: f1, phase: 'partly', soft: true },
  ]
  return all.filter((s) => s.to > s.from)
}

/**
 * Per-service outages, where the record says when the service came back: a service's span runs
 * from the first trigger or impact event naming it (else the incident's start) to the last
 * recovery event naming it, in the one time order; the first recovery event naming it marks when
 * it was partly back. Ends known only to the hour, day or month make ranges, never a midnight.
 * Services with no recovery event are left out: their end is unknown.
 * Sorted by when they were fully back (the middle of that range), quickest first.
 */
export function serviceOutages(inc: Incident): ServiceOutage[] {
  const start = toMoment(inc.start)
  const origin = start.instant.getTime()
  const offset = (t: number) => Math.round((t - origin) / MINUTE)
  const byService = new Map<string, { from?: Moment; first?: Moment; last?: Moment }>()
  for (const e of inc.events) {
    const m = toMoment(e)
    for (const service of e.services) {
      const span = byService.get(service) ?? {}
      if ((e.kind === 'trigger' || e.kind === 'impact') && (!span.from || compareMoments(m, span.from) < 0))
        span.from = m
      if (e.kind === 'recovery' && (!span.last || compareMoments(m, span.last) >= 0)) span.last = m
      if (e.kind === 'recovery' && (!span.first || compareMoments(m, span.first) < 0)) span.first = m
      byService.set(service, span)
    }
  }
  const out: Array<ServiceOutage & { settled: number }> = []
  for (const [service, { from, first, last }] of byService) {
    if (!last || !first) continue
    const begin = from && compareMoments(from, first) < 0 ? from : start
    const fully = recordedLength(statedLengthOf(inc.figures, service), { start: begin, end: last })
    if (!fully) continue
    const a = offset(begin.instant.getTime())
    const span = (i: { earliest: number; latest: number }): [number, number] => [
      offset(i.earliest),
      offset(i.latest + 1),
    ]
    const back: [number, number] = fully.stated ? [a + fully.shown.min, a + fully.shown.max] : span(intervalOf(last))
    const segments = outageSegments(a, span(intervalOf(first)), back)
    out.push({
      service,
      from: begin,
      firstBack: first,
      to: last,
      partly: lengthBetween(begin, first),
      fully,
      segments,
      reach: Math.max(a, ...segments.map((s) => s.to)),
      settled: (back[0] + back[1]) / 2,
    })
  }
  return out
    .sort((a, b) => a.settled - b.settled || a.service.localeCompare(b.service))
    .map(({ settled: _, ...outage }) => outage)
}
