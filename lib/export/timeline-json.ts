/**
 * `out/data/timeline.json` and `out/data/timeline/<incident-id>.json`: the timeline in our own
 * format, for the embeddable widget and for anyone who wants the data. Pure and framework-free.
 *
 * The format (version 1):
 *
 * ```
 * {
 *   "format": "outage-chronicle/timeline",
 *   "version": 1,
 *   "scope": "all" | "<incident-id>",
 *   "years":     [2012, …],                        // every year from the first item's to the last one's (KST)
 *   "incidents": [{ "id", "title": {ko,en} }],     // the incidents the items belong to, earliest first
 *   "factors":   [{ "id", "name": {ko,en} }],       // factor ids some item carries, sorted by id
 *   "entities":  [{ "id", "name": {ko,en} }],       // company/body ids some item carries, sorted by id
 *   "items": [{                                    // in time order
 *     "key":  "event-<incident-id>-3",             // stable; the same key as on /timeline/
 *     "kind": "incident" | "event" | "policy-step" | "response",
 *     "lane": "incident" | "policy" | "government" | "company",
 *     "at": "2022-10-15T15:19+09:00",              // as written in content, KST (+09:00)
 *     "precision": "month" | "day" | "hour" | "minute",
 *     "approximate": false,
 *     "year": 2022,                                 // the KST calendar year
 *     "when":  {ko,en},                            // the moment as a reader says it, in KST
 *     "label": {ko,en},                            // what kind of item: "발단"/"Trigger", the actor, the policy step, the severity
 *     "text":  {ko,en},                            // the item itself: a title, an event, a response, a policy name (plain text)
 *     "url":   {ko,en},                            // site-relative address of the full record
 *     "incidents": ["<incident-id>", …],           // the incidents it belongs to
 *     "factors": […], "entities": […]              // facet ids, for filtering
 *   }]
 * }
 * ```
 *
 * The whole record (`timeline.json`) holds what /timeline/ shows: every incident, its key events
 * (trigger, final recovery, aftermath), every policy step and response. The file of one incident
 * holds every event of that incident, its responses and the steps of the policies it prompted.
 * All text is plain text: render it as text, never as markup.
 */
import { EVENT_KIND_LABEL, POLICY_STEP_LABEL, SEVERITY_LABEL } from '../i18n/labels'
import { type Localized, localize } from '../i18n/lang'
import { tmsg } from '../timeline/messages'
import type { Precision } from '../schema/vocabulary'
import { formatMoment } from '../time/format'
import { toMoment, yearsBetween } from '../time/moment'
import type { TimelineCollections, TimelineIncident } from '../timeline/model'
import { linkHref } from '../timeline/text'
import {
  buildTimeline,
  compareItems,
  eventItem,
  keyEventIndexes,
  type Ref,
  refLookup,
  type Timeline,
  type TimelineItem,
} from '../timeline/timeline'

export const TIMELINE_FORMAT = 'outage-chronicle/timeline'

export interface TimelineExportItem {
  key: string
  kind: TimelineItem['kind']
  lane: TimelineItem['lane']
  at: string
  precision: Precision
  approximate: boolean
  year: number
  when: Localized
  label: Localized
  text: Localized
  url: Localized
  incidents: string[]
  factors: string[]
  entities: string[]
}

export interface TimelineExport {
  format: typeof TIMELINE_FORMAT
  version: 1
  scope: string
  years: number[]
  incidents: Array<{ id: string; title: Localized }>
  factors: Array<{ id: string; name: Localized }>
  entities: Array<{ id: string; name: Localized }>
  items: TimelineExportItem[]
}

function incidentsOf(item: TimelineItem): Ref[] {
  return item.kind === 'policy-step' ? item.incidents : [item.incident]
}

function labelOf(item: TimelineItem): Localized {
  switch (item.kind) {
    case 'incident':
      return SEVERITY_LABEL[item.severity]
    case 'event':
      return item.finalRecovery ? localize((l) => tmsg('finalRecovery', l)) : EVENT_KIND_LABEL[item.eventKind]
    case 'policy-step':
      return POLICY_STEP_LABEL[item.step]
    case 'response':
      return item.actor.name
  }
}

function textOf(item: TimelineItem): Localized {
  switch (item.kind) {
    case 'incident':
      return item.incident.name
    case 'event':
      return item.text
    case 'policy-step':
      return item.note ? localize((l) => `${item.policy.name[l]}: ${item.note?.[l] ?? ''}`) : item.policy.name
    case 'response':
      return item.text
  }
}

function exportItem(item: TimelineItem): TimelineExportItem {
  const m = item.moment
  return {
    key: item.key,
    kind: item.kind,
    lane: item.lane,
    at: m.at,
    precision: m.precision,
    approximate: m.approximate,
    year: item.year,
    when: localize((l) => formatMoment(m, l)),
    label: labelOf(item),
    text: textOf(item),
    url: localize((l) => linkHref(item.link, l)),
    incidents: incidentsOf(item).map((r) => r.id),
    factors: [...item.facets.factors],
    entities: [...item.facets.entities],
  }
}

/**
 * What the exports read, computed once per build: the timeline, each incident's own items (its
 * head, its responses, the steps of the policies it belongs to), the incidents' order and the
 * names. With it, the file of one incident costs only its own items, not the whole record.
 */
export interface TimelineExportBase {
  timeline: Timeline
  incidents: ReadonlyMap<string, TimelineIncident>
  /** Position of each incident in start order (then id): the order of a file's `incidents`. */
  rank: ReadonlyMap<string, number>
  /** Each incident's items of the whole timeline, in time order. */
  itemsOf: ReadonlyMap<string, readonly TimelineItem[]>
  factor: (id: string) => Ref
  entity: (id: string) => Ref
}

/** Prepares the exports of a record; pass the timeline when it is already built. */
export function prepareTimelineExport(c: TimelineCollections, timeline = buildTimeline(c)): TimelineExportBase {
  const rank = new Map(
    c.incidents
      .map((inc) => ({ id: inc.id, start: toMoment(inc.start).instant.getTime() }))
      .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1))
      .map(({ id }, i) => [id, i]),
  )
  const itemsOf = new Map<string, TimelineItem[]>()
  for (const item of timeline.items) {
    if (item.kind === 'event') continue
    for (const id of new Set(incidentsOf(item).map((r) => r.id))) {
      const list = itemsOf.get(id)
      if (list) list.push(item)
      else itemsOf.set(id, [item])
    }
  }
  return {
    timeline,
    incidents: new Map(c.incidents.map((inc) => [inc.id, inc])),
    rank,
    itemsOf,
    factor: refLookup(c.factors),
    entity: refLookup(c.entities),
  }
}

function assemble(scope: string, items: TimelineItem[], base: TimelineExportBase): TimelineExport {
  const used = (pick: (i: TimelineItem) => readonly string[], ref: (id: string) => Ref) =>
    [...new Set(items.flatMap(pick))].sort().map(ref)
  const rankOf = (id: string) => base.rank.get(id) ?? -1
  const incidentIds = [...new Set(items.flatMap((i) => incidentsOf(i).map((r) => r.id)))]
    .filter((id) => base.rank.has(id))
    .sort((a, b) => rankOf(a) - rankOf(b))
  return {
    format: TIMELINE_FORMAT,
    version: 1,
    scope,
    years: yearsBetween(items[0]?.year, items.at(-1)?.year),
    incidents: incidentIds.flatMap((id) => {
      const inc = base.incidents.get(id)
      return inc ? [{ id, title: inc.title }] : []
    }),
    factors: used((i) => i.facets.factors, base.factor),
    entities: used((i) => i.facets.entities, base.entity),
    items: items.map(exportItem),
  }
}

/** The whole record: what /timeline/ shows. */
export function buildTimelineExport(c: TimelineCollections | TimelineExportBase): TimelineExport {
  const base = 'timeline' in c ? c : prepareTimelineExport(c)
  return assemble('all', base.timeline.items, base)
}

/** One incident: every one of its events (not only the key ones), its responses and its policies' steps. */
export function buildIncidentTimelineExport(
  c: TimelineCollections | TimelineExportBase,
  id: string,
): TimelineExport | undefined {
  const base = 'timeline' in c ? c : prepareTimelineExport(c)
  const inc = base.incidents.get(id)
  const others = base.itemsOf.get(id) ?? []
  const head = others.find((it) => it.kind === 'incident' && it.incident.id === id)
  if (!inc || !head) return undefined
  const { finalRecovery } = keyEventIndexes(inc.events)
  const events: TimelineItem[] = inc.events.flatMap((_, i) => eventItem(inc, i, i === finalRecovery) ?? [])
  return assemble(id, [...others, ...events].sort(compareItems), base)
}
