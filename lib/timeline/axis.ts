/**
 * The zoomable time axis's data (issue #17): every item of the timeline as a compact span in epoch
 * minutes, in one language, ready for the `time-axis` island to draw without a date library.
 * Pure and framework-free.
 *
 * - A time known to the minute is a point (`from === to`); one known only to the hour, day or month
 *   is the span of that hour, day or month (`intervalOf`), never a point.
 * - An incident is a bar from its start: solid to the earliest it can have ended, soft on to the
 *   latest (its recorded end's interval; without one, the length a source states, as a range from
 *   the start's interval). An incident whose length is unknown has no bar, only its start.
 * - Events are not in the whole axis's file: each incident's file (`buildAxisEvents`) holds every
 *   one of its events, not only the key ones, and the island loads it when zoomed in to the
 *   incident, where it shows them with their offsets from its start.
 */
import { SEVERITY_LABEL, EVENT_KIND_LABEL, POLICY_STEP_LABEL } from '../i18n/labels'
import { type Lang, t } from '../i18n/lang'
import type { Severity } from '../schema/vocabulary'
import { sitePath } from '../site/env'
import { formatMoment } from '../time/format'
import { intervalOf, type Moment } from '../time/moment'
import type { TimelineCollections, TimelineIncident } from './model'
import { laneName } from './messages'
import { lengthText, linkHref } from './text'
import type { FilterFacets } from './filters'
import type { ServiceOutage } from '../incidents/outages'
import { type AxisSegment, axisOutages } from './axis-outages'
import { AXIS_START, axisFilePath } from './axis-files'
import {
  buildTimeline,
  eventItem,
  type IncidentItem,
  keyEventIndexes,
  LANES,
  type Lane,
  type Timeline,
  type TimelineItem,
} from './timeline'

/** The file format's name and version: raise the version when the shape changes. */
export const AXIS_FORMAT = 'outage-chronicle/axis'
export const AXIS_VERSION = 2
const MINUTE = 60_000
export { AXIS_START, axisFilePath } from './axis-files'

/** What a mark is: a timeline item, or (an incident's own axis) one service's outage bar. */
export type AxisKind = TimelineItem['kind'] | 'outage' | 'commitment'
/** The kind lanes, and the lane of the service outages (only in an incident's file, when it has some). */
export type AxisLane = Lane | 'service'

export interface AxisItem {
  /** The item's permalink key (the list's element id). */
  key: string
  kind: AxisKind
  /** Index into `AxisData.lanes`. */
  lane: number
  /** The span its time stands for, epoch minutes: equal for a time known to the minute. */
  from: number
  to: number
  /** Incidents: where the bar's solid part ends (the earliest end) and its soft part (the latest end). */
  solid?: number
  soft?: number
  /** Incidents and their events: the incident's severity. */
  severity?: Severity
  /** Events: the incident they belong to (its key in this file), to say their offset from its start. */
  of?: string
  /** The record it opens. */
  href: string
  /** What the mark is called, for a screen reader and as the summary's heading. */
  label: string
  /** One line more: when, how long, what. */
  summary: string
  /**
   * The sources it cites, as the incident page's citation tooltips say them ("Publisher, date: title").
   * Built here, but written to the sources file apart (lib/timeline/axis-sources.ts splitSources).
   */
  sources?: string[]
  /** What the timeline's filters match on (lib/timeline/filters.ts); outages have none. */
  facets?: FilterFacets
  /** Lanes by company or facility: the operators and the facility of the incident(s) it belongs to. */
  groups?: { company: string[]; facility: string[] }
  /** Commitments: the key of the later incident that showed what became of it (a link drawn to its mark). */
  link?: string
  /** Outages: the bar's stretches (lib/timeline/axis-outages.ts). */
  segments?: AxisSegment[]
}

export interface AxisData {
  format: typeof AXIS_FORMAT
  version: number
  lang: Lang
  /** Epoch minutes of the widest view's start (2010); it ends today, as the browser knows it. */
  start: number
  lanes: Array<{ id: AxisLane; name: string }>
  /** The names of the companies, facilities and factors the items' groups and facets name, by id. */
  names: Record<string, string>
  /** In time order (by `from`, then lane). */
  items: AxisItem[]
}

/** What the data files' writer adds from the full collections: each item's sources, an incident's outages. */
export interface AxisExtras {
  tips?: (item: TimelineItem) => string[]
  outages?: readonly ServiceOutage[]
  /** The whole axis: the commitments (lib/timeline/axis-commitments.ts). */
  commitments?: readonly AxisItem[]
}

/** Where the axis data of a language is served (under the base path): what the page links. */
export function axisDataPath(lang: Lang, incident?: string): string {
  return sitePath(axisFilePath(lang, incident))
}

const toMinute = (ms: number): number => Math.round(ms / MINUTE)

/** A moment's span in epoch minutes: a point to the minute, the whole hour, day or month otherwise. */
export function spanOf(m: Moment): { from: number; to: number } {
  const { earliest, latest } = intervalOf(m)
  return { from: toMinute(earliest), to: m.precision === 'minute' ? toMinute(earliest) : toMinute(latest + 1) }
}

/**
 * Where an incident's bar ends: solid to the earliest it can have ended, soft to the latest. With a
 * recorded end, its interval; else the length a source states, from the start's interval.
 */
export function incidentBar(item: IncidentItem): { solid?: number; soft?: number } {
  if (item.end) {
    const end = intervalOf(item.end)
    return { solid: toMinute(end.earliest), soft: toMinute(end.latest) }
  }
  const stated = item.length?.shown
  if (!stated) return {}
  const start = intervalOf(item.moment)
  return { solid: toMinute(start.earliest) + stated.min, soft: toMinute(start.latest) + stated.max }
}

const LANE_INDEX = new Map(LANES.map((l, i) => [l, i]))

function axisItem(item: TimelineItem, lang: Lang, severityOf: (id: string) => Severity | undefined): AxisItem {
  const span = spanOf(item.moment)
  const when = formatMoment(item.moment, lang)
  const base = { key: item.key, kind: item.kind, lane: LANE_INDEX.get(item.lane) ?? 0, ...span }
  const href = linkHref(item.link, lang)
  switch (item.kind) {
    case 'incident': {
      const bar = incidentBar(item)
      const sev = SEVERITY_LABEL[item.severity][lang]
      const long = lengthText(item.length, lang)
      return {
        ...base,
        ...bar,
        severity: item.severity,
        href,
        label: `${t(item.incident.name, lang)} (${sev})`,
        summary: `${when} · ${long === '—' ? (lang === 'ko' ? '길이 미상' : 'length unknown') : long}`,
      }
    }
    case 'event': {
      const severity = severityOf(item.incident.id)
      return {
        ...base,
        ...(severity ? { severity } : {}),
        of: `incident-${item.incident.id}`,
        href,
        label: `${EVENT_KIND_LABEL[item.eventKind][lang]}: ${t(item.text, lang)}`,
        summary: `${when} · ${t(item.incident.name, lang)}`,
      }
    }
    case 'policy-step':
      return {
        ...base,
        href,
        label: `${POLICY_STEP_LABEL[item.step][lang]}: ${t(item.policy.name, lang)}`,
        summary: item.note ? `${when} · ${t(item.note, lang)}` : when,
      }
    case 'response':
      return {
        ...base,
        href,
        label: `${t(item.actor.name, lang)}: ${t(item.text, lang)}`,
        summary: `${when} · ${t(item.incident.name, lang)}`,
      }
  }
}

/** Every event of one incident (the timeline holds only the key ones). */
function eventsOf(inc: TimelineIncident): TimelineItem[] {
  const { finalRecovery } = keyEventIndexes(inc.events)
  return inc.events.flatMap((_, i) => eventItem(inc, i, i === finalRecovery) ?? [])
}

const byStart = (a: AxisItem, b: AxisItem) =>
  a.from - b.from || a.lane - b.lane || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

const unique = (list: readonly string[]): string[] => [...new Set(list)]

/** The incidents an item belongs to. */
const incidentIds = (item: TimelineItem): string[] =>
  item.kind === 'policy-step' ? item.incidents.map((r) => r.id) : [item.incident.id]

/**
 * The incidents by id and the entities by id, built once per collections object (issue #16:
 * built per call, the per-incident axis files cost time in the square of the record's size).
 */
const lookups = new WeakMap<
  TimelineCollections,
  {
    incidents: ReadonlyMap<string, TimelineIncident>
    entities: ReadonlyMap<string, TimelineCollections['entities'][number]>
  }
>()
function lookupsOf(c: TimelineCollections) {
  let found = lookups.get(c)
  if (!found) {
    found = {
      incidents: new Map(c.incidents.map((inc) => [inc.id, inc])),
      entities: new Map(c.entities.map((e) => [e.id, e])),
    }
    lookups.set(c, found)
  }
  return found
}

/** Each incident's own item on the timeline, by incident id, built once per timeline. */
const heads = new WeakMap<Timeline, ReadonlyMap<string, TimelineItem>>()
function headOf(timeline: Timeline, id: string): TimelineItem | undefined {
  let byId = heads.get(timeline)
  if (!byId) {
    const map = new Map<string, TimelineItem>()
    for (const it of timeline.items) if (it.kind === 'incident' && !map.has(it.incident.id)) map.set(it.incident.id, it)
    byId = map
    heads.set(timeline, byId)
  }
  return byId.get(id)
}

function axisData(
  c: TimelineCollections,
  lang: Lang,
  items: readonly TimelineItem[],
  extras: AxisExtras,
  /** Items made elsewhere: an incident's outages, the commitments. */
  outageItems: AxisItem[] = [],
): AxisData {
  const { incidents } = lookupsOf(c)
  const severityOf = (id: string) => incidents.get(id)?.severity
  const names: Record<string, string> = {}
  const named = (docs: TimelineCollections['entities'], ids: readonly string[]) => {
    for (const id of ids) {
      const doc = docs.find((d) => d.id === id)
      if (doc) names[id] = t(doc.name, lang)
    }
  }
  const drawn = items.map((it): AxisItem => {
    const incs = incidentIds(it).flatMap((id) => incidents.get(id) ?? [])
    const groups = {
      company: unique(incs.flatMap((inc) => inc.operators)),
      facility: unique(incs.flatMap((inc) => (inc.facility ? [inc.facility] : []))),
    }
    named(c.entities, [...groups.company, ...groups.facility])
    named(c.factors, it.facets.factors)
    const sources = extras.tips?.(it) ?? []
    return {
      ...axisItem(it, lang, severityOf),
      ...(sources.length > 0 ? { sources } : {}),
      facets: it.facets,
      groups,
    }
  })
  const lanes: AxisData['lanes'] = LANES.map((id) => ({ id, name: laneName(id, lang) }))
  if (outageItems.some((i) => i.kind === 'outage'))
    lanes.push({ id: 'service', name: lang === 'ko' ? '서비스별 장애' : 'Outage by service' })
  return {
    format: AXIS_FORMAT,
    version: AXIS_VERSION,
    lang,
    start: AXIS_START,
    lanes,
    names,
    items: [...drawn, ...outageItems].sort(byStart),
  }
}

/** The whole axis in one language, without events; pass the timeline when it is already built. */
export function buildAxis(
  c: TimelineCollections,
  lang: Lang,
  timeline: Timeline = buildTimeline(c),
  extras: AxisExtras = {},
): AxisData {
  return axisData(
    c,
    lang,
    timeline.items.filter((it) => it.kind !== 'event'),
    extras,
    [...(extras.commitments ?? [])],
  )
}

/**
 * One incident zoomed in: the incident and every one of its events, and (given them) its service
 * outages as bars on a lane of their own; undefined for an unknown id.
 */
export function buildAxisEvents(
  c: TimelineCollections,
  lang: Lang,
  id: string,
  timeline: Timeline = buildTimeline(c),
  extras: AxisExtras = {},
): AxisData | undefined {
  const { incidents, entities } = lookupsOf(c)
  const inc = incidents.get(id)
  const head = headOf(timeline, id)
  if (!inc || !head) return undefined
  const origin = Math.round(head.moment.instant.getTime() / MINUTE)
  const name = (eid: string) => {
    const doc = entities.get(eid)
    return doc ? t(doc.name, lang) : eid
  }
  const outageItems = axisOutages(extras.outages ?? [], origin, name, lang).map(
    (o): AxisItem => ({
      key: `outage-${id}-${o.service}`,
      kind: 'outage',
      lane: LANES.length,
      from: o.segments[0]?.from ?? origin,
      to: o.segments.at(-1)?.to ?? origin,
      severity: inc.severity,
      of: `incident-${id}`,
      href: linkHref({ page: 'incident', id, hash: 'timeline' }, lang),
      label: o.label,
      summary: t(inc.title, lang),
      segments: o.segments,
    }),
  )
  return axisData(c, lang, [head, ...eventsOf(inc)], extras, outageItems)
}
