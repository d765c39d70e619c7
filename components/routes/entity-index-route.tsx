import type { Metadata } from 'next'
import { PageFrame } from '@/components/page-frame'
import { EntityIndex } from '@/components/reference/entity-index'
import { getEntityGroups } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { pageTitle } from '@/lib/i18n/metadata'

/** The entities index route for one language. */
export function entityIndexRoute(lang: Lang) {
  return {
    metadata: {
      title: pageTitle(rmsg('entitiesTitle', lang), lang),
      description: rmsg('entitiesIntro', lang),
      alternates: { languages: { ko: sectionPath('entities', 'ko'), en: sectionPath('entities', 'en') } },
    } satisfies Metadata,
    Page: function EntityIndexPage() {
      return (
        <PageFrame lang={lang} alternate={sectionPath('entities', otherLang(lang))}>
          <EntityIndex groups={getEntityGroups(lang)} lang={lang} />
        </PageFrame>
      )
    },
  }
}
