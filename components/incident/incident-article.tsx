import './incident.css'
import type { IncidentView } from '@/lib/content/source'
import { type Lang, t } from '@/lib/i18n/lang'
import { incidentSections } from './incident-sections'
import { PageToc } from './page-toc'
import { SummaryCard } from './summary-card'
import { TimeAxis } from '../timeline/time-axis'
import type { CompareChoice } from '../timeline/compare-form'

/**
 * One incident, in full: the record's head (title, summary, the facts at a glance), the time axis
 * opened on it (with a choice of incident to compare it with), its contents, its sections.
 */
export function IncidentArticle({
  view,
  lang,
  others,
}: {
  view: IncidentView
  lang: Lang
  others: readonly CompareChoice[]
}) {
  const sections = incidentSections(view, lang)
  return (
    <article className="incident">
      <header className="incident-head">
        <h1>{t(view.incident.title, lang)}</h1>
        <p className="summary">{t(view.incident.summary, lang)}</p>
        <SummaryCard view={view} lang={lang} />
      </header>
      <TimeAxis lang={lang} incident={{ id: view.id, services: view.outages.length, others }} />
      <PageToc entries={sections} lang={lang} />
      <div className="incident-body" data-island="cite-tip">
        {sections.map((s) => (
          <section key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`} className="incident-section">
            <h2 id={`${s.id}-heading`}>{s.title}</h2>
            {s.body}
          </section>
        ))}
      </div>
    </article>
  )
}
