/**
 * The cross-linked timeline: every incident, its key events, every dated policy step and every
 * response, as one list of typed items in time order, each in a lane. Pure and framework-free.
 *
 * Lanes: `incident` (incidents and their key events), `policy` (policy steps), `government`
 * (responses by government, legislature, regulator, police and other public actors) and
 * `company` (responses by companies).
 *
 * Key events of an incident: every `trigger` event, every `aftermath` event, and the final
 * recovery (the latest `recovery` event; on a tie the one written last).
 */
import { SEVERITIES, type EventKind, type PolicyStep, type ResponseKind, type Severity } from '../schema/vocabulary'
import type { Localized } from '../i18n/lang'
import { kstDay } from '../time/format'
import { type Moment, toMoment } from '../time/moment'
import type { TimelineCollections, TimelineIncident } from './model'

export const LANES = ['incident', 'policy', 'government', 'company'] as const
export type Lane = (typeof LANES)[number]

/** Which lane a response goes in: companies on their own, every public actor together. */
export function responseLane(kind: ResponseKind): Lane {
  return kind === 'company' ? 'company' : 'government'
}

/** A record named in both languages. */
export interface Ref {
  id: string
  name: Localized
}

/** What the filters look at. Policy steps and responses inherit from the incidents they belong to. */
export interface Facets {
  year: number
  factors: string[]
  entities: string[]
  services: string[]
  severities: Severity[]
}

/** Where an item links: a page, and on an incident page the anchor. */
export type TimelineLink = { page: 'incident'; id: string; hash?: string } | { page: 'policy'; id: string }

/** Time span of an incident: whole minutes, and whether it is only approximate. */
export interface Span {
  minutes: number
  approximate: boolean
}

interface ItemBase {
  /** The permalink: a stable `id` for the item's element. */
  key: string
  lane: Lane
  moment: Moment
  year: number
  facets: Facets
  link: TimelineLink
}

export interface IncidentItem extends ItemBase {
  kind: 'incident'
  incident: Ref
  severity: Severity
  end: Moment | undefined
  span: Span | undefined
}

export interface EventItem extends ItemBase {
  kind: 'event'
  incident: Ref
  eventKind: EventKind
  /** Position in the incident's file, 1-based: the incident page's `#event-N`. */
  number: number
  text: Localized
  finalRecovery: boolean
}

export interface PolicyStepItem extends ItemBase {
  kind: 'policy-step'
  policy: Ref
  step: PolicyStep
  number: number
  note: Localized | undefined
  /** The incidents that prompted the policy or whose responses name it. */
  incidents: Ref[]
}

export interface ResponseItem extends ItemBase {
  kind: 'response'
  incident: Ref
  responseKind: ResponseKind
  actor: Ref
  number: number
  text: Localized
  policy: Ref | undefined
}

export type TimelineItem = IncidentItem | EventItem | PolicyStepItem | ResponseItem

export interface Timeline {
  items: TimelineItem[]
  /** Every year from the first item's to the last one's. */
  years: number[]
  /** The values the filters offer: ids used by at least one item, with names, by id. */
  options: { factors: Ref[]; entities: Ref[]; services: Ref[] }
}

/** The Korean calendar year of a moment. */
export function yearOf(m: Moment): number {
  return Number(kstDay(m).slice(0, 4))
}

/** The span from start to end, approximate when either end is approximate or coarser than a minute. */
export function spanOf(start: Moment, end: Moment | undefined): Span | undefined {
  if (!end) return undefined
  const minutes = Math.floor((end.instant.getTime() - start.instant.getTime()) / 60_000)
  const coarse = (m: Moment) => m.approximate || m.precision !== 'minute'
  return { minutes, approximate: coarse(start) || coarse(end) }
}

/** The positions (0-based, file order) of an incident's key events: triggers, aftermath, final recovery. */
export function keyEventIndexes(events: TimelineIncident['events']): {
  keep: number[]
  finalRecovery: number | undefined
} {
  let finalRecovery: number | undefined
  let latest = -Infinity
  events.forEach((e, i) => {
    if (e.kind !== 'recovery') return
    const t = toMoment(e).instant.getTime()
    if (t >= latest) {
      latest = t
      finalRecovery = i
    }
  })
  const keep = events.flatMap((e, i) =>
    e.kind === 'trigger' || e.kind === 'aftermath' || i === finalRecovery ? [i] : [],
  )
  return { keep, finalRecovery }
}

const unique = <T>(list: readonly T[]): T[] => [...new Set(list)]
const LANE_ORDER = new Map(LANES.map((l, i) => [l, i]))
const KIND_ORDER: Record<TimelineItem['kind'], number> = { incident: 0, event: 1, 'policy-step': 2, response: 3 }

/** Items in time order; on the same instant by lane, then the incident before its events, then by key. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return (
    a.moment.instant.getTime() - b.moment.instant.getTime() ||
    (LANE_ORDER.get(a.lane) ?? 0) - (LANE_ORDER.get(b.lane) ?? 0) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
}

/** Builds the whole timeline from the collections. Unknown ids were rejected by the content check;
 * a name that is still missing falls back to the id. */
export function buildTimeline(c: TimelineCollections): Timeline {
  const names = (docs: ReadonlyArray<{ id: string; name: Localized }>) => new Map(docs.map((d) => [d.id, d.name]))
  const entityNames = names(c.entities)
  const factorNames = names(c.factors)
  const policyNames = names(c.policies)
  const ref = (map: Map<string, Localized>, id: string): Ref => ({ id, name: map.get(id) ?? { ko: id, en: id } })
  const incidentById = new Map(c.incidents.map((inc) => [inc.id, inc]))
  const items: TimelineItem[] = []

  const incidentFacets = (inc: TimelineIncident, year: number, extraEntities: string[] = []): Facets => ({
    year,
    factors: unique(inc.factors.map((f) => f.factor)),
    entities: unique([...extraEntities, ...inc.operators, ...(inc.facility ? [inc.facility] : [])]),
    services: unique(inc.services),
    severities: [inc.severity],
  })

  for (const inc of c.incidents) {
    const id = inc.id
    const incident: Ref = { id, name: inc.title }
    const start = toMoment(inc.start)
    const end = inc.end ? toMoment(inc.end) : undefined
    items.push({
      kind: 'incident',
      key: `incident-${id}`,
      lane: 'incident',
      moment: start,
      year: yearOf(start),
      facets: incidentFacets(inc, yearOf(start)),
      link: { page: 'incident', id },
      incident,
      severity: inc.severity,
      end,
      span: spanOf(start, end),
    })
    const { keep, finalRecovery } = keyEventIndexes(inc.events)
    for (const i of keep) {
      const e = inc.events[i]
      if (!e) continue
      const moment = toMoment(e)
      items.push({
        kind: 'event',
        key: `event-${id}-${i + 1}`,
        lane: 'incident',
        moment,
        year: yearOf(moment),
        facets: incidentFacets(inc, yearOf(moment)),
        link: { page: 'incident', id, hash: `event-${i + 1}` },
        incident,
        eventKind: e.kind,
        number: i + 1,
        text: e.text,
        finalRecovery: i === finalRecovery,
      })
    }
    inc.responses.forEach((r, i) => {
      const moment = toMoment(r)
      items.push({
        kind: 'response',
        key: `response-${id}-${i + 1}`,
        lane: responseLane(r.kind),
        moment,
        year: yearOf(moment),
        facets: incidentFacets(inc, yearOf(moment), [r.actor]),
        link: { page: 'incident', id, hash: 'responses' },
        incident,
        responseKind: r.kind,
        actor: ref(entityNames, r.actor),
        number: i + 1,
        text: r.text,
        policy: r.policy ? ref(policyNames, r.policy) : undefined,
      })
    })
  }

  for (const policy of c.policies) {
    const id = policy.id
    const citing = c.incidents.filter((inc) => inc.responses.some((r) => r.policy === id)).map((d) => d.id)
    const linked = unique([...policy.prompted, ...citing]).flatMap((iid) => {
      const inc = incidentById.get(iid)
      return inc ? [inc] : []
    })
    policy.steps.forEach((s, i) => {
      const moment = toMoment(s)
      const year = yearOf(moment)
      items.push({
        kind: 'policy-step',
        key: `step-${id}-${i + 1}`,
        lane: 'policy',
        moment,
        year,
        facets: {
          year,
          factors: unique(linked.flatMap((inc) => inc.factors.map((f) => f.factor))),
          entities: unique([
            ...policy.bodies,
            ...linked.flatMap((inc) => [...inc.operators, ...(inc.facility ? [inc.facility] : [])]),
          ]),
          services: unique(linked.flatMap((inc) => inc.services)),
          severities: SEVERITIES.filter((sev) => linked.some((inc) => inc.severity === sev)),
        },
        link: { page: 'policy', id },
        policy: { id, name: policy.name },
        step: s.step,
        number: i + 1,
        note: s.note,
        incidents: linked.map((inc) => ({ id: inc.id, name: inc.title })),
      })
    })
  }

  items.sort(compareItems)
  const first = items[0]?.year
  const last = items.at(-1)?.year
  const years =
    first === undefined || last === undefined ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const used = (pick: (f: Facets) => string[], map: Map<string, Localized>) =>
    unique(items.flatMap((it) => pick(it.facets)))
      .sort()
      .map((id) => ref(map, id))
  return {
    items,
    years,
    options: {
      factors: used((f) => f.factors, factorNames),
      entities: used((f) => f.entities, entityNames),
      services: used((f) => f.services, entityNames),
    },
  }
}

/** Items grouped by year, years ascending, leaving out years with no item. */
export function byYear(items: readonly TimelineItem[]): Array<{ year: number; items: TimelineItem[] }> {
  const groups = new Map<number, TimelineItem[]>()
  for (const it of items) groups.set(it.year, [...(groups.get(it.year) ?? []), it])
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, items: list }))
}
