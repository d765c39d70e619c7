import type { CausalFactor, Entity, Factor, Incident, Policy, RelatedIncident, Source } from '../content/types'
import type { Lang, Localized } from '../i18n/lang'
import type { CiteSource } from '../markdown/cite-links'
import type { FactorRole } from '../schema/vocabulary'
import type { Moment } from '../time/moment'
import { incidentLength, type RecordedLength } from './lengths'
import { type ServiceOutage, serviceOutages } from './outages'
import { citationOrder, factorsByRole, incidentSpan, type PlacedEvent, sortedEvents, startNeighbours } from './derive'

/** How a view resolves ids; the gateway passes the real indexes, tests pass fixtures. */
export interface Lookups {
  entity: (id: string) => Entity | undefined
  factor: (id: string) => Factor | undefined
  source: (id: string) => Source | undefined
  policy: (id: string) => Policy | undefined
  incident: (id: string) => Incident | undefined
  incidents: () => readonly Incident[]
  /** The English analysis of an incident, where one is written. */
  analysisEn: (id: string) => Body | undefined
}

/** A Markdown body as contentlayer2 renders it: the source and the sanitized HTML. */
export interface Body {
  raw: string
  html: string
}

export interface Named {
  id: string
  name: Localized
}

export interface IncidentView {
  id: string
  incident: Incident
  start: Moment
  end: Moment | undefined
  /** How long it lasted: the length a source states, else start to end; undefined when neither is known. */
  length: RecordedLength | undefined
  facility: Named | undefined
  operators: Named[]
  services: Named[]
  events: PlacedEvent[]
  /** Per-service outage spans, where recovery times are known. */
  outages: ServiceOutage[]
  /** Names of every entity the record mentions (services, operators, actors). */
  entityNames: ReadonlyMap<string, Localized>
  factorGroups: Array<{ role: FactorRole; items: Array<{ cause: CausalFactor; factor: Named; anchor: string }> }>
  /** Sources in citation order; the number of a source is its position + 1. */
  sources: Array<{ id: string; source: Source }>
  citeNumber: ReadonlyMap<string, number>
  /** What each citation on the page shows: its number, and the source's name, date and title. */
  cites: ReadonlyMap<string, CiteSource>
  related: Array<{ link: RelatedIncident; title: Localized }>
  /** Titles of the later incidents that showed what became of a commitment (`shownBy`). */
  shownBy: ReadonlyMap<string, Localized>
  policies: Named[]
  /** The analysis in each language: the Korean body of the record, and the English analysis where written. */
  analysis: { ko: Body | undefined; en: Body | undefined }
  previous: Named | undefined
  next: Named | undefined
}

function named<T extends { id: string }>(doc: T | undefined, name: (d: T) => Localized): Named | undefined {
  return doc ? { id: doc.id, name: name(doc) } : undefined
}

/** Resolves every id in an incident into what a page shows. Unknown ids were rejected by the check. */
export function buildIncidentView(inc: Incident, look: Lookups): IncidentView {
  const id = inc.id
  const { start, end } = incidentSpan(inc)
  const entity = (eid: string) => named(look.entity(eid), (e) => e.name)
  const present = <T>(list: Array<T | undefined>): T[] => list.filter((x): x is T => x !== undefined)
  const analysisEn = look.analysisEn(id)
  const order = citationOrder(inc, analysisEn?.raw)
  const sources = present(
    order.map((sid) => {
      const source = look.source(sid)
      return source ? { id: sid, source } : undefined
    }),
  )
  const { previous, next } = startNeighbours(look.incidents(), id)
  const anchors = new Map<string, number>()
  /** `factor-<id>` for a factor's first appearance, `factor-<id>-2`… after, so links land on the first. */
  const anchorFor = (fid: string) => {
    const n = (anchors.get(fid) ?? 0) + 1
    anchors.set(fid, n)
    return n === 1 ? `factor-${fid}` : `factor-${fid}-${n}`
  }
  const policyIds = [...new Set(present(inc.responses.map((r) => r.policy)))]
  return {
    id,
    incident: inc,
    analysis: { ko: inc.body.raw.trim() === '' ? undefined : inc.body, en: analysisEn },
    start,
    end,
    length: incidentLength(inc),
    facility: inc.facility ? entity(inc.facility) : undefined,
    operators: present(inc.operators.map(entity)),
    services: present(inc.services.map(entity)),
    events: sortedEvents(inc),
    outages: serviceOutages(inc),
    entityNames: new Map(
      present(
        [
          ...new Set([
            ...inc.services,
            ...inc.operators,
            ...inc.events.flatMap((e) => e.services),
            ...inc.responses.map((r) => r.actor),
            ...inc.commitments.map((c) => c.actor),
          ]),
        ].map(entity),
      ).map((n) => [n.id, n.name]),
    ),
    factorGroups: factorsByRole(inc).map(({ role, factors }) => ({
      role,
      items: present(
        factors.map((cause) => {
          const factor = named(look.factor(cause.factor), (f) => f.name)
          return factor ? { cause, factor, anchor: anchorFor(factor.id) } : undefined
        }),
      ),
    })),
    sources,
    citeNumber: new Map(sources.map((s, i) => [s.id, i + 1])),
    cites: new Map(
      sources.map(({ id: sid, source }, i) => [
        sid,
        {
          n: i + 1,
          publisher: source.publisher,
          date: source.date,
        },
      ]),
    ),
    related: present(
      inc.related.map((link) => {
        const other = look.incident(link.incident)
        return other ? { link, title: other.title } : undefined
      }),
    ),
    shownBy: new Map(
      present(
        inc.commitments.map((c) => (c.shownBy ? named(look.incident(c.shownBy), (i) => i.title) : undefined)),
      ).map((n) => [n.id, n.name]),
    ),
    policies: present(policyIds.map((pid) => named(look.policy(pid), (p) => p.name))),
    previous: named(previous, (i) => i.title),
    next: named(next, (i) => i.title),
  }
}

/** The analysis a page in `lang` shows: its own language's, else the Korean one (marked as such). */
export function analysisFor(view: IncidentView, lang: Lang): { body: Body; lang: Lang } | undefined {
  const own = view.analysis[lang]
  if (own) return { body: own, lang }
  return view.analysis.ko ? { body: view.analysis.ko, lang: 'ko' } : undefined
}
