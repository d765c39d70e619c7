/**
 * Structured data (JSON-LD, https://schema.org) for search engines and other readers: the site
 * (`WebSite`, with its search), the dataset (`Dataset`, with every download), and each incident
 * as an `Article` about an `Event`: its times as written (KST), its place, the organisations and
 * services it names, its factors as keywords and its sources as citations. And the one safe way
 * to put it in a page. Pure.
 */
import type { Entity, Incident, Source } from '../content/types'
import type { Lang } from '../schema/vocabulary'
import { DATA_LICENCE } from './licence'

export type JsonLd = Record<string, unknown>

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the two line separators
 * escaped, so no text in it (a title, a source's name) can close the script or start markup.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export interface SiteLd {
  /** Absolute address of the home page in the page's language. */
  home: string
  lang: Lang
  name: string
  alternateName: string
  description: string
  /** Absolute address of the search page with `{search_term_string}` for the query. */
  searchTemplate: string
  /** Absolute address of the logo (512 px icon). */
  logo: string
}

const KOREA = { '@type': 'Country', name: 'South Korea', identifier: 'KR' } as const

/** The publisher of everything: the project itself. */
function publisher(site: SiteLd): JsonLd {
  return {
    '@type': 'Organization',
    name: site.name,
    alternateName: site.alternateName,
    url: site.home,
    logo: site.logo,
  }
}

/** The `@id` of the site: every other node points to it. */
export const siteId = (site: Pick<SiteLd, 'home'>) => `${site.home}#website`

export function websiteLd(site: SiteLd): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': siteId(site),
    url: site.home,
    name: site.name,
    alternateName: site.alternateName,
    description: site.description,
    inLanguage: site.lang,
    publisher: publisher(site),
    license: DATA_LICENCE.url,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: site.searchTemplate },
      'query-input': 'required name=search_term_string',
    },
  }
}

const ORG_KINDS = new Set<Entity['kind']>(['company', 'government', 'legislature', 'organization'])

function entityLd(e: Entity, lang: Lang, url: string): JsonLd {
  const type = ORG_KINDS.has(e.kind)
    ? e.kind === 'government'
      ? 'GovernmentOrganization'
      : 'Organization'
    : e.kind === 'service'
      ? 'Service'
      : e.kind === 'person'
        ? 'Person'
        : 'Place'
  return { '@type': type, name: e.name[lang], alternateName: e.name[lang === 'ko' ? 'en' : 'ko'], url }
}

const SOURCE_TYPE: Record<Source['kind'], string> = {
  news: 'NewsArticle',
  column: 'OpinionNewsArticle',
  analysis: 'AnalysisNewsArticle',
  'government-report': 'Report',
  'company-statement': 'CreativeWork',
  transcript: 'CreativeWork',
  reference: 'CreativeWork',
  blog: 'BlogPosting',
}

function sourceLd(s: Source, lang: Lang): JsonLd {
  return {
    '@type': SOURCE_TYPE[s.kind],
    name: s.title ?? s.label[lang],
    ...(s.url ? { url: s.url } : {}),
    publisher: { '@type': 'Organization', name: s.publisher[s.language] },
    ...(s.author ? { author: { '@type': 'Person', name: s.author } } : {}),
    ...(s.date ? { datePublished: s.date } : {}),
    inLanguage: s.language,
  }
}

export interface IncidentLdInput {
  incident: Incident
  lang: Lang
  site: SiteLd
  /** Absolute address of the page. */
  url: string
  /** Absolute address of its share card. */
  image: string
  /** `{ added, updated }` (YYYY-MM-DD). */
  dates: { added: string; updated: string }
  /** The entities it names, resolved, with the absolute address of their pages. */
  entity: (id: string) => { entity: Entity; url: string } | undefined
  factorNames: string[]
  /** Its sources in citation order. */
  sources: Source[]
}

export function incidentLd(o: IncidentLdInput): JsonLd {
  const inc = o.incident
  const facility = inc.facility ? o.entity(inc.facility) : undefined
  const named = [...new Set([...inc.operators, ...inc.services])].flatMap((id) => {
    const found = o.entity(id)
    return found ? [entityLd(found.entity, o.lang, found.url)] : []
  })
  const event: JsonLd = {
    '@type': 'Event',
    name: inc.title[o.lang],
    description: inc.summary[o.lang],
    startDate: inc.start.at,
    ...(inc.end ? { endDate: inc.end.at } : {}),
    location: facility
      ? { '@type': 'Place', name: facility.entity.name[o.lang], url: facility.url, containedInPlace: KOREA }
      : KOREA,
    ...(named.length > 0 ? { about: named } : {}),
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': `${o.url}#record`,
    mainEntityOfPage: o.url,
    url: o.url,
    headline: inc.title[o.lang],
    description: inc.summary[o.lang],
    inLanguage: o.lang,
    image: o.image,
    datePublished: o.dates.added,
    dateModified: o.dates.updated,
    author: publisher(o.site),
    publisher: publisher(o.site),
    isPartOf: { '@id': siteId(o.site) },
    license: DATA_LICENCE.url,
    about: event,
    ...(named.length > 0 ? { mentions: named } : {}),
    ...(o.factorNames.length > 0 ? { keywords: o.factorNames.join(', ') } : {}),
    citation: o.sources.map((s) => sourceLd(s, o.lang)),
  }
}

export interface DatasetLdInput {
  site: SiteLd
  /** Absolute address of the data page. */
  url: string
  name: string
  description: string
  keywords: string[]
  /** First and last year of the record. */
  years: { from: number; to: number } | undefined
  modified: string | undefined
  downloads: Array<{ name: string; url: string; format: string }>
}

export function datasetLd(o: DatasetLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${o.url}#dataset`,
    url: o.url,
    name: o.name,
    description: o.description,
    inLanguage: ['ko', 'en'],
    keywords: o.keywords,
    creator: publisher(o.site),
    publisher: publisher(o.site),
    isPartOf: { '@id': siteId(o.site) },
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
    spatialCoverage: KOREA,
    ...(o.years ? { temporalCoverage: `${o.years.from}/${o.years.to}` } : {}),
    ...(o.modified ? { dateModified: o.modified } : {}),
    distribution: o.downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.name,
      contentUrl: d.url,
      encodingFormat: d.format,
    })),
  }
}
