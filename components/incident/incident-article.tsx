import type { ReactNode } from 'react'
import type { IncidentView } from '@/lib/content/source'
import { analysisFor } from '@/lib/incidents/view'
import { type Lang, t } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'
import { OutageBars } from '@/components/charts/outage-bars'
import { CauseDiagram } from './cause-diagram'
import { CommitmentList } from './commitment-list'
import { EventTimeline } from './event-timeline'
import { FactorGroups } from './factor-groups'
import { FigureList } from './figure-list'
import { PolicyLinks } from './policy-links'
import { RelatedList } from './related-list'
import { ResponseList } from './response-list'
import { SourceList } from './source-list'
import { SummaryCard } from './summary-card'

function Section({ id, title, show, children }: { id: string; title: string; show: boolean; children: ReactNode }) {
  if (!show) return null
  return (
    <section id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  )
}

/** One incident, in full: the plain record page. */
export function IncidentArticle({ view, lang }: { view: IncidentView; lang: Lang }) {
  const inc = view.incident
  const analysis = analysisFor(view, lang)
  return (
    <article className="incident">
      <h1>{t(inc.title, lang)}</h1>
      <p className="summary">{t(inc.summary, lang)}</p>
      <SummaryCard view={view} lang={lang} />
      <Section id="timeline" title={msg('timeline', lang)} show={inc.events.length > 0}>
        <OutageBars view={view} lang={lang} />
        <EventTimeline view={view} lang={lang} />
      </Section>
      <Section id="causes" title={msg('causes', lang)} show={inc.factors.length > 0}>
        <CauseDiagram view={view} lang={lang} />
        <FactorGroups view={view} lang={lang} />
      </Section>
      <Section id="figures" title={msg('figures', lang)} show={inc.figures.length > 0}>
        <FigureList view={view} lang={lang} />
      </Section>
      <Section id="responses" title={msg('responses', lang)} show={inc.responses.length > 0}>
        <ResponseList view={view} lang={lang} />
      </Section>
      <Section id="policies" title={msg('policies', lang)} show={view.policies.length > 0}>
        <PolicyLinks view={view} lang={lang} />
      </Section>
      <Section id="commitments" title={msg('commitments', lang)} show={inc.commitments.length > 0}>
        <CommitmentList view={view} lang={lang} />
      </Section>
      <Section id="analysis" title={msg('analysis', lang)} show={analysis !== undefined}>
        {analysis && analysis.lang !== lang && <p className="note">{msg('analysisInKorean', lang)}</p>}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the body was sanitized by rehype-sanitize when contentlayer2 built it */}
        <div className="prose" lang={analysis?.lang} dangerouslySetInnerHTML={{ __html: analysis?.body.html ?? '' }} />
      </Section>
      <Section id="related" title={msg('related', lang)} show={true}>
        <RelatedList view={view} lang={lang} />
      </Section>
      <Section id="sources" title={msg('sources', lang)} show={view.sources.length > 0}>
        <SourceList view={view} lang={lang} />
      </Section>
    </article>
  )
}
