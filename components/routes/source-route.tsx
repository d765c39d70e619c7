import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageFrame } from '@/components/page-frame'
import { SourceDetail } from '@/components/reference/source-detail'
import { getSourcePage, getSources } from '@/lib/content/source'
import { type Lang, otherLang, sourcePath, t } from '@/lib/i18n/lang'
import { withPage } from '@/lib/i18n/messages'
import { PER_PAGE, pageCount, pagedPath, pageFromParam, pageParams } from '@/lib/pagination'
import { headFor } from '@/lib/site/page-head'
import { sourceName } from '@/lib/reference/sources'

type Props = { params: Promise<{ id: string; page?: string[] }> }

/** The source route for one language: params → getter → notFound() → JSX. */
export function sourceRoute(lang: Lang) {
  /** The incidents citing the source, on the page in this language. */
  const citingOf = (id: string) => getSourcePage(id, lang)?.incidents ?? []
  return {
    generateStaticParams: () =>
      getSources().flatMap((doc) =>
        pageParams(pageCount(citingOf(doc.id).length, PER_PAGE.reference)).map((p) => ({ id: doc.id, ...p })),
      ),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const { id, page: segments } = await params
      const page = getSourcePage(id, lang)
      const list = pageFromParam(citingOf(id), segments, PER_PAGE.reference)
      if (!page || !list) return {}
      const at = (l: Lang) => pagedPath(sourcePath(page.id, l), list.paging.page)
      return headFor({
        lang,
        paths: { ko: at('ko'), en: at('en') },
        title: withPage(sourceName(page.source, lang).name, list.paging.page, lang),
        description: t(page.source.summary, lang),
      })
    },
    Page: async function SourceDetailPage({ params }: Props) {
      const { id, page: segments } = await params
      const page = getSourcePage(id, lang)
      const list = pageFromParam(citingOf(id), segments, PER_PAGE.reference)
      if (!page || !list) notFound()
      return (
        <PageFrame lang={lang} alternate={pagedPath(sourcePath(page.id, otherLang(lang)), list.paging.page)}>
          <SourceDetail page={{ ...page, incidents: list.items }} paging={list.paging} lang={lang} />
        </PageFrame>
      )
    },
  }
}
