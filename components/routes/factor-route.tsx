import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FeedLinks } from '@/components/feeds/feed-links'
import { PageFrame } from '@/components/page-frame'
import { FactorDetail } from '@/components/reference/factor-detail'
import { getFactorPage, getFactors } from '@/lib/content/source'
import { type Lang, otherLang, factorPath, t } from '@/lib/i18n/lang'
import { withPage } from '@/lib/i18n/messages'
import { PER_PAGE, pageCount, pagedPath, pageFromParam, pageParams } from '@/lib/pagination'
import { headFor } from '@/lib/site/page-head'

type Props = { params: Promise<{ id: string; page?: string[] }> }

const usesOf = (id: string) => getFactorPage(id)?.uses ?? []

/** The factor route for one language: params → getter → notFound() → JSX. */
export function factorRoute(lang: Lang) {
  return {
    generateStaticParams: () =>
      getFactors().flatMap((doc) =>
        pageParams(pageCount(usesOf(doc.id).length, PER_PAGE.reference)).map((p) => ({ id: doc.id, ...p })),
      ),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const { id, page: segments } = await params
      const page = getFactorPage(id)
      const list = pageFromParam(usesOf(id), segments, PER_PAGE.reference)
      if (!page || !list) return {}
      const at = (l: Lang) => pagedPath(factorPath(page.id, l), list.paging.page)
      return headFor({
        lang,
        paths: { ko: at('ko'), en: at('en') },
        title: withPage(t(page.factor.name, lang), list.paging.page, lang),
        description: t(page.factor.description, lang),
        feeds: { kind: 'factor', id: page.id },
      })
    },
    Page: async function FactorDetailPage({ params }: Props) {
      const { id, page: segments } = await params
      const page = getFactorPage(id)
      const list = pageFromParam(usesOf(id), segments, PER_PAGE.reference)
      if (!page || !list) notFound()
      return (
        <PageFrame lang={lang} alternate={pagedPath(factorPath(page.id, otherLang(lang)), list.paging.page)}>
          <FactorDetail page={{ ...page, uses: list.items }} paging={list.paging} lang={lang} />
          <FeedLinks scope={{ kind: 'factor', id: page.id }} lang={lang} />
        </PageFrame>
      )
    },
  }
}
