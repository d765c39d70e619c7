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
import { incidentLength, type RecordedLength } from '../incidents/lengths'
import { type Moment, toMoment, yearsBetween, compareMoments } from '../time/moment'
import type { TimelineCollections, TimelineIncident, TimelinePolicy } from './model'

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
  /** How long it lasted: the length a source states, else start to end; undefined when neither is known. */
  length: RecordedLength | undefined
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

/** The positions (0-based, file order) of an incident's key events: triggers, aftermath, final recovery. */
export function keyEventIndexes(events: TimelineIncident['events']): {
  keep: number[]
  finalRecovery: number | undefined
} {
  let finalRecovery: number | undefined
  let latest: Moment | undefined
  events.forEach((e, i) => {
    if (e.kind !== 'recovery') return
    const m = toMoment(e)
    if (!latest || compareMoments(m, latest) >= 0) {
      latest = m
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

/**
 * Items in the one time order (compareMoments: a day-only item after its day's timed ones, a
 * month-only item after its month's days); on a tie by lane, then the incident before its events,
 * then by key.
 */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return (
    compareMoments(a.moment, b.moment) ||
    (LANE_ORDER.get(a.lane) ?? 0) - (LANE_ORDER.get(b.lane) ?? 0) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
}

/** A lookup of records as Refs; a name that is missing falls back to the id. */
export function refLookup(docs: ReadonlyArray<{ id: string; name: Localized }>): (id: string) => Ref {
  const names = new Map(docs.map((d) => [d.id, d.name]))
  return (id) => ({ id, name: names.get(id) ?? { ko: id, en: id } })
}

/** What an incident's items are filtered on, in a year; a response adds its actor. */
export function incidentFacets(inc: TimelineIncident, year: number, extraEntities: readonly string[] = []): Facets {
  return {
    year,
    factors: unique(inc.factors.map((f) => f.factor)),
    entities: unique([...extraEntities, ...inc.operators, ...(inc.facility ? [inc.facility] : [])]),
    services: unique(inc.services),
    severities: [inc.severity],
  }
}

/** The incident itself, at its start. */
function incidentItem(inc: TimelineIncident): IncidentItem {
  const start = toMoment(inc.start)
  const end = inc.end ? toMoment(inc.end) : undefined
  return {
    kind: 'incident',
    key: `incident-${inc.id}`,
    lane: 'incident',
    moment: start,
    year: yearOf(start),
    facets: incidentFacets(inc, yearOf(start)),
    link: { page: 'incident', id: inc.id },
    incident: { id: inc.id, name: inc.title },
    severity: inc.severity,
    end,
    length: incidentLength(inc),
  }
}

/** The event at position `index` (0-based, file order) of an incident. */
export function eventItem(inc: TimelineIncident, index: number, finalRecovery: boolean): EventItem | undefined {
  const e = inc.events[index]
  if (!e) return undefined
  const moment = toMoment(e)
  const n = index + 1
  return {
    kind: 'event',
    key: `event-${inc.id}-${n}`,
    lane: 'incident',
    moment,
    year: yearOf(moment),
    facets: incidentFacets(inc, yearOf(moment)),
    link: { page: 'incident', id: inc.id, hash: `event-${n}` },
    incident: { id: inc.id, name: inc.title },
    eventKind: e.kind,
    number: n,
    text: e.text,
    finalRecovery,
  }
}

/** An incident's key events (see keyEventIndexes). */
function keyEventItems(inc: TimelineIncident): EventItem[] {
  const { keep, finalRecovery } = keyEventIndexes(inc.events)
  return keep.flatMap((i) => eventItem(inc, i, i === finalRecovery) ?? [])
}

/** An incident's responses, each in its actor's lane. */
function responseItems(
  inc: TimelineIncident,
  entity: (id: string) => Ref,
  policy: (id: string) => Ref,
): ResponseItem[] {
  return inc.responses.map((r, i) => {
    const moment = toMoment(r)
    return {
      kind: 'response',
      key: `response-${inc.id}-${i + 1}`,
      lane: responseLane(r.kind),
      moment,
      year: yearOf(moment),
      facets: incidentFacets(inc, yearOf(moment), [r.actor]),
      link: { page: 'incident', id: inc.id, hash: 'responses' },
      incident: { id: inc.id, name: inc.title },
      responseKind: r.kind,
      actor: entity(r.actor),
      number: i + 1,
      text: r.text,
      policy: r.policy ? policy(r.policy) : undefined,
    }
  })
}

/** The incidents a policy belongs to: those that prompted it and those whose responses name it. */
function policyIncidents(policy: TimelinePolicy, incidents: readonly TimelineIncident[]): TimelineIncident[] {
  const citing = incidents.filter((inc) => inc.responses.some((r) => r.policy === policy.id)).map((d) => d.id)
  const byId = new Map(incidents.map((inc) => [inc.id, inc]))
  return unique([...policy.prompted, ...citing]).flatMap((id) => byId.get(id) ?? [])
}

/** A policy's dated steps, carrying the facets of the incidents it belongs to. */
function policyStepItems(policy: TimelinePolicy, incidents: readonly TimelineIncident[]): PolicyStepItem[] {
  const linked = policyIncidents(policy, incidents)
  return policy.steps.map((s, i) => {
    const moment = toMoment(s)
    const year = yearOf(moment)
    return {
      kind: 'policy-step',
      key: `step-${policy.id}-${i + 1}`,
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
      link: { page: 'policy', id: policy.id },
      policy: { id: policy.id, name: policy.name },
      step: s.step,
      number: i + 1,
      note: s.note,
      incidents: linked.map((inc) => ({ id: inc.id, name: inc.title })),
    }
  })
}

/** The ids some item's facets carry, by id, named. */
function usedRefs(items: readonly TimelineItem[], pick: (f: Facets) => string[], ref: (id: string) => Ref): Ref[] {
  return unique(items.flatMap((it) => pick(it.facets)))
    .sort()
    .map(ref)
}

/** Builds the whole timeline from the collections. Unknown ids were rejected by the content check;
 * a name that is still missing falls back to the id. */
export function buildTimeline(c: TimelineCollections): Timeline {
  const entity = refLookup(c.entities)
  const policy = refLookup(c.policies)
  const items: TimelineItem[] = [
    ...c.incidents.flatMap((inc) => [incidentItem(inc), ...keyEventItems(inc), ...responseItems(inc, entity, policy)]),
    ...c.policies.flatMap((p) => policyStepItems(p, c.incidents)),
  ].sort(compareItems)
  return {
    items,
    years: yearsBetween(items[0]?.year, items.at(-1)?.year),
    options: {
      factors: usedRefs(items, (f) => f.factors, refLookup(c.factors)),
      entities: usedRefs(items, (f) => f.entities, entity),
      services: usedRefs(items, (f) => f.services, entity),
    },
  }
}

/** Items grouped by year, years ascending, leaving out years with no item. */
export function byYear(items: readonly TimelineItem[]): Array<{ year: number; items: TimelineItem[] }> {
  const groups = new Map<number, TimelineItem[]>()
  for (const it of items) groups.set(it.year, [...(groups.get(it.year) ?? []), it])
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, items: list }))
}
