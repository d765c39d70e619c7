import type { ReactNode } from 'react'
import { OutageBars } from '@/components/charts/outage-bars'
import type { IncidentView } from '@/lib/content/source'
import type { Lang } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'
import { analysisFor } from '@/lib/incidents/view'
import { AnalysisBody } from './analysis-body'
import { CauseDiagram } from './cause-diagram'
import { CommitmentList } from './commitment-list'
import { EventTimeline } from './event-timeline'
import { FactorGroups } from './factor-groups'
import { FigureList } from './figure-list'
import type { TocEntry } from './page-toc'
import { PolicyLinks } from './policy-links'
import { RelatedList } from './related-list'
import { ResponseList } from './response-list'
import { SourceList } from './source-list'

export type PageSection = TocEntry & { body: ReactNode }

/** Each section's anchor is also the message key of its heading. */
type SectionId =
  | 'analysis'
  | 'timeline'
  | 'causes'
  | 'figures'
  | 'responses'
  | 'policies'
  | 'commitments'
  | 'related'
  | 'sources'

/**
 * The sections an incident page shows, in reading order: the written analysis first, then the
 * structured record it draws on. Sections with nothing in them are left out (and out of the contents).
 */
export function incidentSections(view: IncidentView, lang: Lang): PageSection[] {
  const inc = view.incident
  const section = (id: SectionId, show: boolean, body: ReactNode, count?: number): PageSection[] =>
    show ? [{ id, title: msg(id, lang), count, body }] : []
  return [
    ...section('analysis', analysisFor(view, lang) !== undefined, <AnalysisBody view={view} lang={lang} />),
    ...section(
      'timeline',
      inc.events.length > 0,
      <>
        <OutageBars view={view} lang={lang} />
        <EventTimeline view={view} lang={lang} />
      </>,
      inc.events.length,
    ),
    ...section(
      'causes',
      inc.factors.length > 0,
      <>
        <CauseDiagram view={view} lang={lang} />
        <FactorGroups view={view} lang={lang} />
      </>,
    ),
    ...section('figures', inc.figures.length > 0, <FigureList view={view} lang={lang} />, inc.figures.length),
    ...section('responses', inc.responses.length > 0, <ResponseList view={view} lang={lang} />, inc.responses.length),
    ...section('policies', view.policies.length > 0, <PolicyLinks view={view} lang={lang} />),
    ...section('commitments', inc.commitments.length > 0, <CommitmentList view={view} lang={lang} />),
    ...section('related', true, <RelatedList view={view} lang={lang} />),
    ...section('sources', view.sources.length > 0, <SourceList view={view} lang={lang} />, view.sources.length),
  ]
}
