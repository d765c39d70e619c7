import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageFrame } from '@/components/page-frame'
import { EntityDetail } from '@/components/reference/entity-detail'
import { getEntityPage, getEntities } from '@/lib/content/source'
import { type Lang, otherLang, entityPath, t } from '@/lib/i18n/lang'
import { pageTitle } from '@/lib/i18n/metadata'

type Props = { params: Promise<{ id: string }> }

/** The entity route for one language: params → getter → notFound() → JSX. */
export function entityRoute(lang: Lang) {
  return {
    generateStaticParams: () => getEntities().map((doc) => ({ id: doc.id })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const page = getEntityPage((await params).id)
      if (!page) return {}
      return {
        title: pageTitle(t(page.entity.name, lang), lang),
        description: t(page.entity.description, lang),
        alternates: { languages: { ko: entityPath(page.id, 'ko'), en: entityPath(page.id, 'en') } },
      }
    },
    Page: async function EntityDetailPage({ params }: Props) {
      const page = getEntityPage((await params).id)
      if (!page) notFound()
      return (
        <PageFrame lang={lang} alternate={entityPath(page.id, otherLang(lang))}>
          <EntityDetail page={page} lang={lang} />
        </PageFrame>
      )
    },
  }
}
