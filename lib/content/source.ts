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
import { buildReverseIndex, type IndexedKind } from '../reference/reverse-index'
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

/** Every record of a kind, in file order. */
export const getSources = (): readonly Source[] => allSources
export const getEntities = (): readonly Entity[] => allEntities
export const getFactors = (): readonly Factor[] => allFactors
export const getPolicies = (): readonly Policy[] => allPolicies

/**
 * Derived data is computed on first use and kept for the process: each of Next's page-generation
 * workers computes it once, not once per page.
 */
function once<T>(compute: () => T): () => T {
  let kept: { value: T } | undefined
  return () => {
    kept ??= { value: compute() }
    return kept.value
  }
}

/** Derived data per key (a record's page), computed on first use and kept for the process. */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new Map<K, { value: V }>()
  return (key) => {
    let found = kept.get(key)
    if (!found) {
      found = { value: compute(key) }
      kept.set(key, found)
    }
    return found.value
  }
}

/**
 * The last few values of a function: enough for a page and its metadata, which ask for the same
 * thing one after the other, without keeping one per record for the whole build.
 */
function recent<K, V>(compute: (key: K) => V, size = 4): (key: K) => V {
  const kept = new Map<K, { value: V }>()
  return (key) => {
    let found = kept.get(key)
    if (!found) {
      found = { value: compute(key) }
      kept.set(key, found)
      for (const old of kept.keys()) {
        if (kept.size <= size) break
        kept.delete(old)
      }
    }
    return found.value
  }
}

/** Everything an incident page shows, resolved (once for the page and its metadata). */
export const getIncidentView = recent((id: string): IncidentView | undefined => {
  const inc = getIncident(id)
  return inc ? buildIncidentView(inc, lookups) : undefined
})

const reverseIndex = once(() => buildReverseIndex(getCollections()))
/** The collections with only the incidents that name a record: what its reference page reads. */
const around = (kind: IndexedKind, id: string): Collections => ({
  ...getCollections(),
  incidents: reverseIndex().incidentsOf(kind, id),
})

/** Reference pages: the reverse indexes of lib/reference/, bound to the real content. */
export const getFactorSummaries = once(() => factorSummaries(getCollections()))
export const getFactorPage = memo((id: string) => factorPage(id, around('factor', id)))
export const getEntityGroups = (lang: Lang) => entityGroups(getCollections(), lang)
export const getEntityPage = memo((id: string) => entityPage(id, around('entity', id)))
export const getPolicySummaries = () => policySummaries(getCollections())
export const getPolicyPage = memo((id: string) => policyPage(id, around('policy', id)))
export const getSourceGroups = once(() => sourceGroups(getCollections()))
const sourcePageIn = (lang: Lang) => memo((id: string) => sourcePage(id, around('source', id), lang))
const sourcePages = { ko: sourcePageIn('ko'), en: sourcePageIn('en') }
export const getSourcePage = (id: string, lang: Lang) => sourcePages[lang](id)

// The cross-linked timeline and the incident index (lib/timeline), bound to the real content.
import { buildIndexRows, type IndexRow } from '../timeline/index-rows'
import { buildTimeline, type Timeline } from '../timeline/timeline'
import { type TimelinePages, timelinePages } from '../timeline/pages'
import { PER_PAGE } from '../pagination'
export const getTimeline: () => Timeline = once(() => buildTimeline(getCollections()))
export const getTimelinePages: () => TimelinePages = once(() => timelinePages(getTimeline().items, PER_PAGE.timeline))
export const getIndexRows: () => IndexRow[] = once(() => buildIndexRows(getCollections()))

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
