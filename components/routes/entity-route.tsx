import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FeedLinks } from '@/components/feeds/feed-links'
import { PageFrame } from '@/components/page-frame'
import { EntityDetail } from '@/components/reference/entity-detail'
import { getEntityPage, getEntities } from '@/lib/content/source'
import { type Lang, otherLang, entityPath, t } from '@/lib/i18n/lang'
import { withPage } from '@/lib/i18n/messages'
import { PER_PAGE, pageCount, pagedPath, pageFromParam, pageParams } from '@/lib/pagination'
import { headFor } from '@/lib/site/page-head'

type Props = { params: Promise<{ id: string; page?: string[] }> }

const incidentsOf = (id: string) => getEntityPage(id)?.incidents ?? []

/** The entity route for one language: params → getter → notFound() → JSX. */
export function entityRoute(lang: Lang) {
  return {
    generateStaticParams: () =>
      getEntities().flatMap((doc) =>
        pageParams(pageCount(incidentsOf(doc.id).length, PER_PAGE.reference)).map((p) => ({ id: doc.id, ...p })),
      ),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const { id, page: segments } = await params
      const page = getEntityPage(id)
      const list = pageFromParam(incidentsOf(id), segments, PER_PAGE.reference)
      if (!page || !list) return {}
      const at = (l: Lang) => pagedPath(entityPath(page.id, l), list.paging.page)
      return headFor({
        lang,
        paths: { ko: at('ko'), en: at('en') },
        title: withPage(t(page.entity.name, lang), list.paging.page, lang),
        description: t(page.entity.description, lang),
        feeds: { kind: 'entity', id: page.id },
      })
    },
    Page: async function EntityDetailPage({ params }: Props) {
      const { id, page: segments } = await params
      const page = getEntityPage(id)
      const list = pageFromParam(incidentsOf(id), segments, PER_PAGE.reference)
      if (!page || !list) notFound()
      return (
        <PageFrame lang={lang} alternate={pagedPath(entityPath(page.id, otherLang(lang)), list.paging.page)}>
          <EntityDetail page={{ ...page, incidents: list.items }} paging={list.paging} lang={lang} />
          <FeedLinks scope={{ kind: 'entity', id: page.id }} lang={lang} />
        </PageFrame>
      )
    },
  }
}
