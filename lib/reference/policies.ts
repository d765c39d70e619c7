/** Policy → incidents: what prompted each policy, its dated steps, and the responses that point at it. */
import { byStart } from '../incidents/derive'
import type { Policy, PolicyStep } from '../content/types'
import type { Localized } from '../i18n/lang'
import { type Moment, toMoment, inTimeOrder, compareMoments } from '../time/moment'
import type { Collections } from '../content/types'
import { byId, type IncidentRef, incidentRef, type NamedRef, type SourceRef, sourceRefs } from './common'

export interface PolicySummary {
  id: string
  name: Localized
  kind: Policy['kind']
  status: Policy['status']
  first: Moment | undefined
}

export interface DatedAlternative {
  moment: Moment
  note: Localized | undefined
  sources: SourceRef[]
}
export interface PlacedStep {
  step: PolicyStep
  moment: Moment
  anchor: string
  sources: SourceRef[]
  alternatives: DatedAlternative[]
}
export interface PlacedProvision {
  text: Localized
  anchor: string
  sources: SourceRef[]
}
export interface PolicyResponse {
  moment: Moment
  actor: NamedRef | undefined
  text: Localized
  sources: SourceRef[]
}

export interface PolicyPage {
  id: string
  policy: Policy
  steps: PlacedStep[]
  prompted: IncidentRef[]
  bodies: NamedRef[]
  provisions: PlacedProvision[]
  sources: SourceRef[]
  /** Incidents whose responses link to the policy, in time order, with those responses. */
  responding: Array<{ incident: IncidentRef; responses: PolicyResponse[] }>
}

/** Every policy, ordered by its earliest dated step. */
export function policySummaries(data: Pick<Collections, 'policies'>): PolicySummary[] {
  const withFirst = data.policies.map((p) => {
    const first = inTimeOrder(
      p.steps.map((s) => toMoment(s)),
      (m) => m,
    )[0]
    return { id: p.id, name: p.name, kind: p.kind, status: p.status, first }
  })
  const byFirst = (a: Moment | undefined, b: Moment | undefined) =>
    a && b ? compareMoments(a, b) : (a ? 0 : 1) - (b ? 0 : 1)
  return [...withFirst].sort((a, b) => byFirst(a.first, b.first) || a.id.localeCompare(b.id))
}

/** One policy, resolved: steps in time order with their alternatives, incidents, bodies, provisions. */
export function policyPage(
  id: string,
  data: Pick<Collections, 'policies' | 'incidents' | 'entities' | 'sources'>,
): PolicyPage | undefined {
  const policy = byId(data.policies).get(id)
  if (!policy) return undefined
  const sources = byId(data.sources)
  const entities = byId(data.entities)
  const incidents = byId(data.incidents)
  const entity = (eid: string): NamedRef | undefined => {
    const e = entities.get(eid)
    return e ? { id: eid, name: e.name } : undefined
  }
  const steps = policy.steps.map((step, i) => ({
    step,
    moment: toMoment(step),
    anchor: `step-${i + 1}`,
    sources: sourceRefs(step.sources, sources),
    alternatives: step.alternatives.map((a) => ({
      moment: toMoment(a),
      note: a.note,
      sources: sourceRefs(a.sources, sources),
    })),
  }))
  return {
    id,
    policy,
    steps: inTimeOrder(steps, (s) => s.moment),
    prompted: byStart(
      policy.prompted.flatMap((pid) => {
        const inc = incidents.get(pid)
        return inc ? [inc] : []
      }),
    ).map(incidentRef),
    bodies: policy.bodies.flatMap((b) => {
      const e = entity(b)
      return e ? [e] : []
    }),
    provisions: policy.provisions.map((p, i) => ({
      text: p.text,
      anchor: `provision-${i + 1}`,
      sources: sourceRefs(p.sources, sources),
    })),
    sources: sourceRefs(policy.sources, sources),
    responding: byStart(data.incidents).flatMap((inc) => {
      const responses = inTimeOrder(
        inc.responses
          .filter((r) => r.policy === id)
          .map((r) => ({
            moment: toMoment(r),
            actor: entity(r.actor),
            text: r.text,
            sources: sourceRefs(r.sources, sources),
          })),
        (r) => r.moment,
      )
      return responses.length > 0 ? [{ incident: incidentRef(inc), responses }] : []
    }),
  }
}
