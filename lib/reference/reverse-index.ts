/**
 * The reverse indexes behind the reference pages, built in one pass over the incidents: for each
 * entity, factor, source and policy, the incidents that name it, in start order. A reference page
 * built from its own incidents only (`incidentsOf`) is the same page as one built from every
 * incident, because each page leaves out the incidents that do not name its record; building it
 * from the index costs its own incidents, not the whole record. Pure.
 */
import type { Collections, Incident } from '../content/types'
import { byStart, citationOrder } from '../incidents/derive'

export const INDEXED_KINDS = ['entity', 'factor', 'source', 'policy'] as const
export type IndexedKind = (typeof INDEXED_KINDS)[number]

export interface ReverseIndex {
  /** The incidents naming a record, earliest first (empty for a record nothing names). */
  incidentsOf: (kind: IndexedKind, id: string) => readonly Incident[]
}

/** Every id of a kind an incident names, each once (a superset of what the reference pages look for). */
function named(inc: Incident, analysisEn: string | undefined): Record<IndexedKind, Set<string>> {
  return {
    entity: new Set([
      ...(inc.facility ? [inc.facility] : []),
      ...inc.operators,
      ...inc.services,
      ...inc.events.flatMap((e) => e.services),
      ...inc.responses.map((r) => r.actor),
      ...inc.commitments.map((c) => c.actor),
    ]),
    factor: new Set(inc.factors.map((f) => f.factor)),
    source: new Set(citationOrder(inc, analysisEn)),
    policy: new Set(inc.responses.flatMap((r) => (r.policy ? [r.policy] : []))),
  }
}

export function buildReverseIndex(data: Pick<Collections, 'incidents' | 'analysesEn' | 'policies'>): ReverseIndex {
  const english = new Map(data.analysesEn.map((a) => [a.id, a.body.raw]))
  const prompted = new Map<string, Set<string>>()
  for (const p of data.policies) {
    for (const iid of p.prompted) prompted.set(iid, (prompted.get(iid) ?? new Set()).add(p.id))
  }
  const lists: Record<IndexedKind, Map<string, Incident[]>> = {
    entity: new Map(),
    factor: new Map(),
    source: new Map(),
    policy: new Map(),
  }
  for (const inc of byStart(data.incidents)) {
    const ids = named(inc, english.get(inc.id))
    for (const pid of prompted.get(inc.id) ?? []) ids.policy.add(pid)
    for (const kind of INDEXED_KINDS) {
      for (const id of ids[kind]) {
        const list = lists[kind].get(id)
        if (list) list.push(inc)
        else lists[kind].set(id, [inc])
      }
    }
  }
  return { incidentsOf: (kind, id) => lists[kind].get(id) ?? [] }
}
