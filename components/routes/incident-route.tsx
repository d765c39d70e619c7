import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CiteRecord } from '@/components/incident/cite-record'
import { IncidentArticle } from '@/components/incident/incident-article'
import { JsonLd } from '@/components/json-ld'
import { PageFrame } from '@/components/page-frame'
import { getEntity, getIncidents, getIncidentView } from '@/lib/content/source'
import { incidentLdFor } from '@/lib/site/page-ld'
import { incidentPath, type Lang, otherLang, t } from '@/lib/i18n/lang'
import { recordDates } from '@/lib/incidents/record-dates'
import { compareChoices, compareLabel } from '@/lib/timeline/compare-choices'
import { headFor, incidentCardAlt } from '@/lib/site/page-head'
import { oembedPath } from '@/lib/embed/oembed'

type Props = { params: Promise<{ id: string }> }

/** The incident route for one language: params → getter → notFound() → JSX. */
export function incidentRoute(lang: Lang) {
  return {
    generateStaticParams: () => getIncidents().map((inc) => ({ id: inc.id })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const view = getIncidentView((await params).id)
      if (!view) return {}
      const dates = recordDates(view.incident)
      return headFor({
        lang,
        paths: { ko: incidentPath(view.id, 'ko'), en: incidentPath(view.id, 'en') },
        title: t(view.incident.title, lang),
        description: t(view.incident.summary, lang),
        incident: {
          id: view.id,
          alt: incidentCardAlt(view.incident, lang),
          published: dates.added,
          modified: dates.updated,
        },
        feeds: { kind: 'all' },
        types: { 'application/json+oembed': oembedPath(view.id, lang) },
      })
    },
    Page: async function IncidentPage({ params }: Props) {
      const view = getIncidentView((await params).id)
      if (!view) notFound()
      return (
        <PageFrame lang={lang} alternate={incidentPath(view.id, otherLang(lang))} width="wide">
          <IncidentArticle
            view={view}
            lang={lang}
            others={compareChoices(view.incident, getIncidents()).map((inc) => ({
              id: inc.id,
              title: compareLabel(inc, t(inc.title, lang)),
            }))}
          />
          <CiteRecord incident={view.incident} lang={lang} />
          <JsonLd data={incidentLdFor(view, lang, getEntity)} />
        </PageFrame>
      )
    },
  }
}
