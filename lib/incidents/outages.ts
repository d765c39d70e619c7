import type { Incident } from '../content/types'
import { type Moment, toMoment } from '../time/moment'

/** How long one service was out within an incident: from its first failure to its last recovery. */
export interface ServiceOutage {
  service: string
  from: Moment
  /** The first recovery event naming the service (partly back). */
  firstBack: Moment
  /** The last recovery event naming the service (fully back). */
  to: Moment
  /** Minutes from the incident's start to `from`, `firstBack` and `to`. */
  startOffset: number
  firstBackOffset: number
  endOffset: number
}

const minutes = (a: Moment, b: Moment) => Math.round((b.instant.getTime() - a.instant.getTime()) / 60_000)

/**
 * Per-service outage spans, where the record says when the service came back: a service's span
 * runs from the first trigger or impact event naming it (else the incident's start) to the last
 * recovery event naming it; the first recovery event naming it marks when it was partly back.
 * Services with no recovery event are left out: their end is unknown.
 * Sorted by recovery time, quickest first.
 */
export function serviceOutages(inc: Incident): ServiceOutage[] {
  const start = toMoment(inc.start)
  const byService = new Map<string, { from: Moment | undefined; first: Moment | undefined; to: Moment | undefined }>()
  for (const e of inc.events) {
    const m = toMoment(e)
    for (const service of e.services) {
      const span = byService.get(service) ?? { from: undefined, first: undefined, to: undefined }
      if ((e.kind === 'trigger' || e.kind === 'impact') && (!span.from || m.instant < span.from.instant)) span.from = m
      if (e.kind === 'recovery' && (!span.to || m.instant > span.to.instant)) span.to = m
      if (e.kind === 'recovery' && (!span.first || m.instant < span.first.instant)) span.first = m
      byService.set(service, span)
    }
  }
  const out: ServiceOutage[] = []
  for (const [service, { from, first, to }] of byService) {
    if (!to || !first) continue
    const begin = from && from.instant < first.instant ? from : start
    out.push({
      service,
      from: begin,
      firstBack: first,
      to,
      startOffset: minutes(start, begin),
      firstBackOffset: minutes(start, first),
      endOffset: minutes(start, to),
    })
  }
  return out.sort((a, b) => a.endOffset - b.endOffset || a.service.localeCompare(b.service))
}
