import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FeedLinks } from '@/components/feeds/feed-links'
import { PageFrame } from '@/components/page-frame'
import { EntityDetail } from '@/components/reference/entity-detail'
import { getEntityPage, getEntities } from '@/lib/content/source'
import { type Lang, otherLang, entityPath, t } from '@/lib/i18n/lang'
import { headFor } from '@/lib/site/page-head'

type Props = { params: Promise<{ id: string }> }

/** The entity route for one language: params → getter → notFound() → JSX. */
export function entityRoute(lang: Lang) {
  return {
    generateStaticParams: () => getEntities().map((doc) => ({ id: doc.id })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const page = getEntityPage((await params).id)
      if (!page) return {}
      return headFor({
        lang,
        paths: { ko: entityPath(page.id, 'ko'), en: entityPath(page.id, 'en') },
        title: t(page.entity.name, lang),
        description: t(page.entity.description, lang),
        feeds: { kind: 'entity', id: page.id },
      })
    },
    Page: async function EntityDetailPage({ params }: Props) {
      const page = getEntityPage((await params).id)
      if (!page) notFound()
      return (
        <PageFrame lang={lang} alternate={entityPath(page.id, otherLang(lang))}>
          <EntityDetail page={page} lang={lang} />
          <FeedLinks scope={{ kind: 'entity', id: page.id }} lang={lang} />
        </PageFrame>
      )
    },
  }
}
