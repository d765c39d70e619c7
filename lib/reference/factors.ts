/** Factor → incident uses: how each factor of the taxonomy played out, incident by incident. */
import { byStart } from '../incidents/derive'
import type { CausalFactor, Factor } from '../content/types'
import type { Localized } from '../i18n/lang'
import { FACTOR_ROLES, type FactorRole } from '../schema/vocabulary'
import type { Collections } from '../content/types'
import { byId, type IncidentRef, incidentRef, shortText, type SourceRef, sourceRefs } from './common'

export interface RoleCount {
  role: FactorRole
  count: number
}

export interface FactorSummary {
  id: string
  name: Localized
  description: Localized
  /** The description's first sentence, for lists. */
  short: Localized
  /** Incidents the factor appears in, each counted once. */
  incidentCount: number
  /** Incidents per role it played, in the order trigger → mitigating, leaving out roles it never played. */
  byRole: RoleCount[]
}

/** One appearance of a factor in an incident. */
export interface FactorUse {
  incident: IncidentRef
  cause: CausalFactor
  sources: SourceRef[]
}

export interface FactorPage extends FactorSummary {
  factor: Factor
  /** Every appearance, in the incidents' time order (an incident may list a factor more than once). */
  uses: FactorUse[]
}

type FactorData = Pick<Collections, 'factors' | 'incidents'>

function counts(id: string, incidents: Collections['incidents']): { incidentCount: number; byRole: RoleCount[] } {
  const using = incidents.filter((inc) => inc.factors.some((f) => f.factor === id))
  const byRole = FACTOR_ROLES.map((role) => ({
    role,
    count: using.filter((inc) => inc.factors.some((f) => f.factor === id && f.role === role)).length,
  })).filter((r) => r.count > 0)
  return { incidentCount: using.length, byRole }
}

/** Every factor with its counts: most used first, then by id. */
export function factorSummaries(data: FactorData): FactorSummary[] {
  return data.factors
    .map((f) => ({
      id: f.id,
      name: f.name,
      description: f.description,
      short: shortText(f.description),
      ...counts(f.id, data.incidents),
    }))
    .sort((a, b) => b.incidentCount - a.incidentCount || a.id.localeCompare(b.id))
}

/** One factor, with every incident where it appeared, in time order. */
export function factorPage(id: string, data: FactorData & Pick<Collections, 'sources'>): FactorPage | undefined {
  const factor = data.factors.find((f) => f.id === id)
  if (!factor) return undefined
  const sources = byId(data.sources)
  const uses = byStart(data.incidents).flatMap((inc) =>
    inc.factors
      .filter((f) => f.factor === id)
      .map((cause) => ({ incident: incidentRef(inc), cause, sources: sourceRefs(cause.sources, sources) })),
  )
  return {
    id,
    name: factor.name,
    description: factor.description,
    short: shortText(factor.description),
    factor,
    uses,
    ...counts(id, data.incidents),
  }
}
