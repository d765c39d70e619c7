import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageFrame } from '@/components/page-frame'
import { FactorDetail } from '@/components/reference/factor-detail'
import { getFactorPage, getFactors } from '@/lib/content/source'
import { type Lang, otherLang, factorPath, t } from '@/lib/i18n/lang'
import { pageTitle } from '@/lib/i18n/metadata'

type Props = { params: Promise<{ id: string }> }

/** The factor route for one language: params → getter → notFound() → JSX. */
export function factorRoute(lang: Lang) {
  return {
    generateStaticParams: () => getFactors().map((doc) => ({ id: doc.id })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const page = getFactorPage((await params).id)
      if (!page) return {}
      return {
        title: pageTitle(t(page.factor.name, lang), lang),
        description: t(page.factor.description, lang),
        alternates: { languages: { ko: factorPath(page.id, 'ko'), en: factorPath(page.id, 'en') } },
      }
    },
    Page: async function FactorDetailPage({ params }: Props) {
      const page = getFactorPage((await params).id)
      if (!page) notFound()
      return (
        <PageFrame lang={lang} alternate={factorPath(page.id, otherLang(lang))}>
          <FactorDetail page={page} lang={lang} />
        </PageFrame>
      )
    },
  }
}
