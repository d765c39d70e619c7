/**
 * The content types: what contentlayer2 generates from content/, as every other module sees it.
 * Each record carries its `id` (the file name without the extension), computed at the boundary.
 * A bilingual text as generated (`LocalizedField`) is a `Localized` (lib/i18n/lang.ts), the type
 * every other module uses; only fixtures that build generated records need `LocalizedField`.
 */
import type { EnglishAnalysis, Entity, Factor, Incident, Policy, Source, Thesaurus } from 'contentlayer/generated'

export type {
  CausalFactor,
  Commitment,
  EnglishAnalysis,
  Entity,
  Factor,
  ImpactFigure,
  Incident,
  IncidentResponse,
  Localized as LocalizedField,
  Milestone,
  Moment as MomentField,
  Policy,
  PolicyStep,
  Provision,
  RelatedIncident,
  Source,
  TimeAlternative,
  TimelineEvent,
  Thesaurus,
  ThesaurusGroup,
  ValueAlternative,
} from 'contentlayer/generated'

/** Everything in content/, as contentlayer2 generated it. */
export interface Collections {
  incidents: readonly Incident[]
  /** English analyses, one per incident at most (`content/incidents/en/<incident-id>.md`). */
  analysesEn: readonly EnglishAnalysis[]
  sources: readonly Source[]
  entities: readonly Entity[]
  factors: readonly Factor[]
  policies: readonly Policy[]
  /** The search thesaurus (`content/thesaurus/<topic>.yaml`): groups of words for one thing. */
  thesaurus: readonly Thesaurus[]
}
