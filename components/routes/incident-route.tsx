import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IncidentArticle } from '@/components/incident/incident-article'
import { PageFrame } from '@/components/page-frame'
import { getIncidents, getIncidentView } from '@/lib/content/source'
import { incidentPath, type Lang, otherLang, t } from '@/lib/i18n/lang'
import { pageTitle } from '@/lib/i18n/metadata'
import { oembedPath } from '@/lib/embed/oembed'

type Props = { params: Promise<{ id: string }> }

/** The incident route for one language: params → getter → notFound() → JSX. */
export function incidentRoute(lang: Lang) {
  return {
    generateStaticParams: () => getIncidents().map((inc) => ({ id: inc.id })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const view = getIncidentView((await params).id)
      if (!view) return {}
      return {
        title: pageTitle(t(view.incident.title, lang), lang),
        description: t(view.incident.summary, lang),
        alternates: {
          languages: { ko: incidentPath(view.id, 'ko'), en: incidentPath(view.id, 'en') },
          types: { 'application/json+oembed': oembedPath(view.id, lang) },
        },
      }
    },
    Page: async function IncidentPage({ params }: Props) {
      const view = getIncidentView((await params).id)
      if (!view) notFound()
      return (
        <PageFrame lang={lang} alternate={incidentPath(view.id, otherLang(lang))} width="wide">
          <IncidentArticle view={view} lang={lang} />
        </PageFrame>
      )
    },
  }
}
