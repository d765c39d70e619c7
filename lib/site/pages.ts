/**
 * Every page of the site, in both languages, with the day it last changed where the record says
 * so: what the sitemap lists. An incident changed on its `updated` day; a factor, entity, policy
 * or source page when the last incident it shows did; an index when any incident did. Pages with
 * no record behind them (about, search, the embed builder) have no date. Pure.
 */
import type { Collections, Incident } from '../content/types'
import { extractCitationIds } from '../markdown/citations'
import {
  entityPath,
  factorPath,
  incidentPath,
  type Lang,
  pagePath,
  policyPath,
  SECTIONS,
  sourcePath,
} from '../i18n/lang'
import { recordDates } from '../incidents/record-dates'

export interface SitePage {
  /** The page in each language, as links (with the base path). */
  paths: Record<Lang, string>
  /** YYYY-MM-DD */
  lastmod?: string
}

/** Sections with no record behind them: no date. The other sections list the record and change with it. */
const UNDATED = new Set<string>(['search', 'about'])

const both = (path: (lang: Lang) => string) => ({ ko: path('ko'), en: path('en') })

/** Every source id an incident cites, in its facts or its analysis. */
function citedBy(inc: Incident): Set<string> {
  const ids = new Set<string>(extractCitationIds(inc.body.raw))
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) walk(v)
    else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(v)) {
          for (const id of v) if (typeof id === 'string') ids.add(id)
        } else if (key !== '_raw' && key !== 'body') walk(v)
      }
    }
  }
  walk(inc)
  return ids
}

export function sitePages(
  c: Pick<Collections, 'incidents' | 'factors' | 'entities' | 'policies' | 'sources'>,
): SitePage[] {
  const latest = new Map<string, string>()
  const touch = (key: string, day: string) => {
    const before = latest.get(key)
    if (before === undefined || day > before) latest.set(key, day)
  }
  let newest: string | undefined
  for (const inc of c.incidents) {
    const day = recordDates(inc).updated
    if (newest === undefined || day > newest) newest = day
    for (const f of inc.factors) touch(`factor:${f.factor}`, day)
    for (const e of [inc.facility, ...inc.operators, ...inc.services, ...inc.events.flatMap((ev) => ev.services)])
      if (e !== undefined) touch(`entity:${e}`, day)
    for (const r of inc.responses) {
      touch(`entity:${r.actor}`, day)
      if (r.policy) touch(`policy:${r.policy}`, day)
    }
    for (const k of inc.commitments) touch(`entity:${k.actor}`, day)
    for (const s of citedBy(inc)) touch(`source:${s}`, day)
  }
  const updatedOf = new Map(c.incidents.map((inc) => [inc.id, recordDates(inc).updated]))
  for (const p of c.policies) {
    for (const id of p.prompted) {
      const day = updatedOf.get(id)
      if (day !== undefined) touch(`policy:${p.id}`, day)
    }
  }
  const dated = (key: string) => {
    const day = latest.get(key)
    return day === undefined ? {} : { lastmod: day }
  }
  const whole = newest === undefined ? {} : { lastmod: newest }
  return [
    { paths: both((l) => pagePath(l, '')), ...whole },
    ...SECTIONS.map((s) => ({ paths: both((l) => pagePath(l, `${s}/`)), ...(UNDATED.has(s) ? {} : whole) })),
    { paths: both((l) => pagePath(l, 'embed/')) },
    ...c.incidents.map((inc) => ({ paths: both((l) => incidentPath(inc.id, l)), lastmod: recordDates(inc).updated })),
    ...c.factors.map((f) => ({ paths: both((l) => factorPath(f.id, l)), ...dated(`factor:${f.id}`) })),
    ...c.entities.map((e) => ({ paths: both((l) => entityPath(e.id, l)), ...dated(`entity:${e.id}`) })),
    ...c.policies.map((p) => ({ paths: both((l) => policyPath(p.id, l)), ...dated(`policy:${p.id}`) })),
    ...c.sources.map((s) => ({ paths: both((l) => sourcePath(s.id, l)), ...dated(`source:${s.id}`) })),
  ]
}
