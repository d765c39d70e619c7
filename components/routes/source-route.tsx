import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageFrame } from '@/components/page-frame'
import { SourceDetail } from '@/components/reference/source-detail'
import { getSourcePage, getSources } from '@/lib/content/source'
import { type Lang, otherLang, sourcePath, t } from '@/lib/i18n/lang'
import { pageTitle } from '@/lib/i18n/metadata'
import { sourceName } from '@/lib/reference/sources'

type Props = { params: Promise<{ id: string }> }

/** The source route for one language: params → getter → notFound() → JSX. */
export function sourceRoute(lang: Lang) {
  return {
    generateStaticParams: () => getSources().map((doc) => ({ id: doc.id })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const page = getSourcePage((await params).id, lang)
      if (!page) return {}
      return {
        title: pageTitle(sourceName(page.source, lang).name, lang),
        description: t(page.source.summary, lang),
        alternates: { languages: { ko: sourcePath(page.id, 'ko'), en: sourcePath(page.id, 'en') } },
      }
    },
    Page: async function SourceDetailPage({ params }: Props) {
      const page = getSourcePage((await params).id, lang)
      if (!page) notFound()
      return (
        <PageFrame lang={lang} alternate={sourcePath(page.id, otherLang(lang))}>
          <SourceDetail page={page} lang={lang} />
        </PageFrame>
      )
    },
  }
}
