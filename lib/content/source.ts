/**
 * The content gateway: the only module that reads the generated collections. Pages and
 * scripts call these typed getters; nothing else imports `contentlayer/generated` data.
 */
import * as generated from 'contentlayer/generated'
import {
  allEnglishAnalyses,
  allEntities,
  allFactors,
  allIncidents,
  allPolicies,
  allSources,
  allThesaurus,
  type Entity,
  type Factor,
  type Incident,
  type Policy,
  type Source,
} from 'contentlayer/generated'
import { byStart } from '../incidents/derive'
import { buildIncidentView, type IncidentView } from '../incidents/view'
import type { Collections } from './types'
import { byId } from '../reference/common'
import { entityGroups, entityPage } from '../reference/entities'
import { factorPage, factorSummaries } from '../reference/factors'
import { policyPage, policySummaries } from '../reference/policies'
import { sourceGroups, sourcePage } from '../reference/sources'
import type { Lang } from '../schema/vocabulary'

export type { Commitment } from 'contentlayer/generated'
export type { Entity, Factor, Incident, IncidentView, Policy, Source }

const incidents = byStart(allIncidents)
const incidentIndex = byId(allIncidents)
const sourceIndex = byId(allSources)
const entityIndex = byId(allEntities)
const factorIndex = byId(allFactors)
const policyIndex = byId(allPolicies)
const analysisEnIndex = byId(allEnglishAnalyses)

export function getCollections(): Collections {
  return {
    incidents: allIncidents,
    analysesEn: allEnglishAnalyses,
    sources: allSources,
    entities: allEntities,
    factors: allFactors,
    policies: allPolicies,
    thesaurus: allThesaurus,
  }
}

/** Every incident, earliest first. */
export const getIncidents = (): readonly Incident[] => incidents
export const getIncident = (id: string): Incident | undefined => incidentIndex.get(id)
export const getSource = (id: string): Source | undefined => sourceIndex.get(id)
export const getEntity = (id: string): Entity | undefined => entityIndex.get(id)
export const getFactor = (id: string): Factor | undefined => factorIndex.get(id)
export const getPolicy = (id: string): Policy | undefined => policyIndex.get(id)

const lookups = {
  entity: getEntity,
  factor: getFactor,
  source: getSource,
  policy: getPolicy,
  incident: getIncident,
  incidents: getIncidents,
  analysisEn: (id: string) => analysisEnIndex.get(id)?.body,
}

/** Everything an incident page shows, resolved. */
export function getIncidentView(id: string): IncidentView | undefined {
  const inc = getIncident(id)
  return inc ? buildIncidentView(inc, lookups) : undefined
}

/** Every record of a kind, in file order. */
export const getSources = (): readonly Source[] => allSources
export const getEntities = (): readonly Entity[] => allEntities
export const getFactors = (): readonly Factor[] => allFactors
export const getPolicies = (): readonly Policy[] => allPolicies

/** Reference pages: the reverse indexes of lib/reference/, bound to the real content. */
export const getFactorSummaries = () => factorSummaries(getCollections())
export const getFactorPage = (id: string) => factorPage(id, getCollections())
export const getEntityGroups = (lang: Lang) => entityGroups(getCollections(), lang)
export const getEntityPage = (id: string) => entityPage(id, getCollections())
export const getPolicySummaries = () => policySummaries(getCollections())
export const getPolicyPage = (id: string) => policyPage(id, getCollections())
export const getSourceGroups = () => sourceGroups(getCollections())
export const getSourcePage = (id: string, lang: Lang) => sourcePage(id, getCollections(), lang)

// The cross-linked timeline and the incident index (lib/timeline), bound to the real content.
import { buildIndexRows, type IndexRow } from '../timeline/index-rows'
import { buildTimeline, type Timeline } from '../timeline/timeline'
export const getTimeline = (): Timeline => buildTimeline(getCollections())
export const getIndexRows = (): IndexRow[] => buildIndexRows(getCollections())

// Live authoring (`npm run dev`): what is wrong with the content right now, as `npm run check` says it.
import { formatReport } from '../validate/problems'
import { validate } from '../validate/validate'

/**
 * The report the page shows in dev mode: contentlayer2's error when a file could not be read at all
 * (scripts/dev.ts records it in the generated index), else the content check's report when it
 * finds problems; undefined when all is well.
 */
export function getDevReport(): string | undefined {
  if ('contentlayerError' in generated && typeof generated.contentlayerError === 'string')
    return `contentlayer2 could not read the content:\n${generated.contentlayerError}`
  const problems = validate(getCollections(), process.env.CONTENT_DIR ?? 'content')
  return problems.length > 0 ? formatReport(problems) : undefined
}
