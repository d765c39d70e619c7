import type { CausalFactor, Incident, TimelineEvent } from '../content/types'
import { extractCitationIds } from '../markdown/citations'
import { FACTOR_ROLES, type FactorRole } from '../schema/vocabulary'
import { inTimeOrder, type Moment, toMoment } from '../time/moment'

/** The incident's span: start, end (if known) and the instants to compute a duration from. */
export function incidentSpan(inc: Incident): { start: Moment; end: Moment | undefined } {
  return { start: toMoment(inc.start), end: inc.end ? toMoment(inc.end) : undefined }
}

/** Incidents ordered by start, earliest first. */
export function byStart(incidents: readonly Incident[]): Incident[] {
  return inTimeOrder(incidents, (inc) => toMoment(inc.start))
}

export interface PlacedEvent {
  event: TimelineEvent
  moment: Moment
  /** Position in the file, for stable anchors. */
  index: number
}

/** Events in the one time order (a day-only event after its day's timed ones); ties keep the order they were written in. */
export function sortedEvents(inc: Incident): PlacedEvent[] {
  return inTimeOrder(
    inc.events.map((event, index) => ({ event, moment: toMoment(event), index })),
    (p) => p.moment,
  )
}

/** Factors grouped by role, in the order trigger → mitigating, leaving out empty roles. */
export function factorsByRole(inc: Incident): Array<{ role: FactorRole; factors: CausalFactor[] }> {
  return FACTOR_ROLES.map((role) => ({ role, factors: inc.factors.filter((f) => f.role === role) })).filter(
    (g) => g.factors.length > 0,
  )
}

/**
 * The numbering of an incident's sources: first those cited in the Korean body, in order of first
 * citation (the numbers the body shows), then any more that the English analysis cites, then every
 * other source the record cites.
 */
export function citationOrder(inc: Incident, analysisEn?: string): string[] {
  const order = new Set([...extractCitationIds(inc.body.raw), ...extractCitationIds(analysisEn ?? '')])
  const add = (ids: readonly string[]) => {
    for (const id of ids) order.add(id)
  }
  add(inc.sources)
  for (const e of inc.events) {
    add(e.sources)
    for (const a of e.alternatives) add(a.sources)
  }
  for (const f of inc.figures) {
    add(f.sources)
    for (const a of f.alternatives) add(a.sources)
  }
  for (const f of inc.factors) add(f.sources)
  for (const r of inc.responses) add(r.sources)
  for (const c of inc.commitments) add(c.sources)
  return [...order]
}
