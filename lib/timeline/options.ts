/** What the filter controls offer, in one language, as plain data for the client component. */
import { type Lang, t } from '../i18n/lang'
import { SEVERITY_LABEL } from '../i18n/labels'
import { SEVERITIES } from '../schema/vocabulary'
import type { KnownIds } from './filters'
import type { Ref, Timeline } from './timeline'

export interface Option {
  id: string
  label: string
}

export interface FilterOptions {
  years: number[]
  factors: Option[]
  entities: Option[]
  services: Option[]
  severities: Option[]
}

/** The anchor of a year's section. */
export const yearAnchor = (year: number): string => `year-${year}`

/** Options sorted by their label in the language (Korean or English collation). */
export function sortedOptions(refs: readonly Ref[], lang: Lang): Option[] {
  return refs
    .map((r) => ({ id: r.id, label: t(r.name, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang) || (a.id < b.id ? -1 : 1))
}

export function filterOptions(timeline: Timeline, lang: Lang): { known: KnownIds; options: FilterOptions } {
  const { factors, entities, services } = timeline.options
  return {
    known: {
      years: timeline.years,
      factors: factors.map((r) => r.id),
      entities: entities.map((r) => r.id),
      services: services.map((r) => r.id),
    },
    options: {
      years: timeline.years,
      factors: sortedOptions(factors, lang),
      entities: sortedOptions(entities, lang),
      services: sortedOptions(services, lang),
      severities: severityOptions(lang),
    },
  }
}

/** The severities, mildest first, labelled. */
export function severityOptions(lang: Lang): Option[] {
  return SEVERITIES.map((s) => ({ id: s, label: SEVERITY_LABEL[s][lang] }))
}
