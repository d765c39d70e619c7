/** Entity → incidents and timeline slices: where each company, facility, service or body appears. */
import { byStart } from '../incidents/derive'
import type { Entity, Incident, Milestone } from '../content/types'
import type { Localized } from '../i18n/lang'
import { ENTITY_KINDS, type EntityKind, type EventKind, type Lang } from '../schema/vocabulary'
import { type Moment, toMoment, inTimeOrder } from '../time/moment'
import type { Collections } from '../content/types'
import { byId, type IncidentRef, incidentRef, type NamedRef, type SourceRef, sourceRefs } from './common'

/** The parts an entity can play in an incident, in the order they are shown. */
export const ENTITY_ROLES = [
  'facility',
  'operator',
  'service',
  'event-service',
  'response-actor',
  'commitment-actor',
] as const
export type EntityRole = (typeof ENTITY_ROLES)[number]

export interface EntityListItem {
  id: string
  name: Localized
  parent: NamedRef | undefined
  incidentCount: number
}
export interface EntityGroup {
  kind: EntityKind
  entities: EntityListItem[]
}

/** One line of an entity's slice of an incident timeline. */
export interface SliceItem {
  type: 'event' | 'response' | 'commitment'
  /** The event's kind, for events. */
  eventKind: EventKind | undefined
  moment: Moment
  text: Localized
  /** Fragment of the incident page where it is shown, without '#'. */
  anchor: string
  unverified: boolean
  sources: SourceRef[]
}

export interface EntityIncident {
  incident: IncidentRef
  roles: EntityRole[]
  items: SliceItem[]
}

export interface PlacedMilestone {
  milestone: Milestone
  moment: Moment
  anchor: string
  sources: SourceRef[]
}

export interface EntityPage {
  id: string
  entity: Entity
  parent: NamedRef | undefined
  children: NamedRef[]
  descriptionSources: SourceRef[]
  milestones: PlacedMilestone[]
  incidents: EntityIncident[]
  /** Policies the entity made or runs. */
  policies: NamedRef[]
}

const named = (e: Entity): NamedRef => ({ id: e.id, name: e.name })

/** The roles an entity plays in an incident, in ENTITY_ROLES order. */
export function rolesIn(id: string, inc: Incident): EntityRole[] {
  const has: Record<EntityRole, boolean> = {
    facility: inc.facility === id,
    operator: inc.operators.includes(id),
    service: inc.services.includes(id),
    'event-service': inc.events.some((e) => e.services.includes(id)),
    'response-actor': inc.responses.some((r) => r.actor === id),
    'commitment-actor': inc.commitments.some((c) => c.actor === id),
  }
  return ENTITY_ROLES.filter((role) => has[role])
}

/** The events naming the entity and the responses and commitments it made, in time order. */
export function timelineSlice(id: string, inc: Incident, sources: Collections['sources']): SliceItem[] {
  const index = byId(sources)
  const events = inc.events.flatMap((e, i) =>
    e.services.includes(id)
      ? [
          {
            type: 'event' as const,
            eventKind: e.kind,
            moment: toMoment(e),
            text: e.text,
            anchor: `event-${i + 1}`,
            unverified: e.unverified,
            sources: sourceRefs(e.sources, index),
          },
        ]
      : [],
  )
  const responses = inc.responses.flatMap((r) =>
    r.actor === id
      ? [
          {
            type: 'response' as const,
            eventKind: undefined,
            moment: toMoment(r),
            text: r.text,
            anchor: 'responses',
            unverified: false,
            sources: sourceRefs(r.sources, index),
          },
        ]
      : [],
  )
  const commitments = inc.commitments.flatMap((c) =>
    c.actor === id
      ? [
          {
            type: 'commitment' as const,
            eventKind: undefined,
            moment: toMoment(c),
            text: c.text,
            anchor: `commitment-${c.id}`,
            unverified: c.unverified,
            sources: sourceRefs(c.sources, index),
          },
        ]
      : [],
  )
  return inTimeOrder([...events, ...responses, ...commitments], (item) => item.moment)
}

/** Entities grouped by kind (in ENTITY_KINDS order), each group sorted by name in the reader's language. */
export function entityGroups(data: Pick<Collections, 'entities' | 'incidents'>, lang: Lang): EntityGroup[] {
  const collator = new Intl.Collator(lang)
  const index = byId(data.entities)
  return ENTITY_KINDS.map((kind) => ({
    kind,
    entities: data.entities
      .filter((e) => e.kind === kind)
      .map((e) => {
        const parent = e.parent ? index.get(e.parent) : undefined
        return {
          id: e.id,
          name: e.name,
          parent: parent ? named(parent) : undefined,
          incidentCount: data.incidents.filter((inc) => rolesIn(e.id, inc).length > 0).length,
        }
      })
      .sort((a, b) => collator.compare(a.name[lang], b.name[lang])),
  })).filter((g) => g.entities.length > 0)
}

/** One entity: its place in the hierarchy, milestones, and its incidents with their slices, in time order. */
export function entityPage(
  id: string,
  data: Pick<Collections, 'entities' | 'incidents' | 'sources' | 'policies'>,
): EntityPage | undefined {
  const entities = byId(data.entities)
  const entity = entities.get(id)
  if (!entity) return undefined
  const sources = byId(data.sources)
  const parent = entity.parent ? entities.get(entity.parent) : undefined
  const placed = entity.milestones.map((milestone, i) => ({
    milestone,
    moment: toMoment(milestone),
    anchor: `milestone-${i + 1}`,
    sources: sourceRefs(milestone.sources, sources),
  }))
  return {
    id,
    entity,
    parent: parent ? named(parent) : undefined,
    children: data.entities.filter((e) => e.parent === id).map(named),
    descriptionSources: sourceRefs(entity.sources, sources),
    milestones: inTimeOrder(placed, (m) => m.moment),
    incidents: byStart(data.incidents).flatMap((inc) => {
      const roles = rolesIn(id, inc)
      return roles.length > 0
        ? [{ incident: incidentRef(inc), roles, items: timelineSlice(id, inc, data.sources) }]
        : []
    }),
    policies: data.policies.filter((p) => p.bodies.includes(id)).map((p) => ({ id: p.id, name: p.name })),
  }
}
