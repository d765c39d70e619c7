import type { Metadata } from 'next'
import { PageFrame } from '@/components/page-frame'
import { EntityIndex } from '@/components/reference/entity-index'
import { getEntityGroups } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { headFor } from '@/lib/site/page-head'

/** The entities index route for one language. */
export function entityIndexRoute(lang: Lang) {
  return {
    metadata: headFor({
      lang,
      paths: { ko: sectionPath('entities', 'ko'), en: sectionPath('entities', 'en') },
      title: rmsg('entitiesTitle', lang),
      description: rmsg('entitiesIntro', lang),
    }) satisfies Metadata,
    Page: function EntityIndexPage() {
      return (
        <PageFrame lang={lang} alternate={sectionPath('entities', otherLang(lang))}>
          <EntityIndex groups={getEntityGroups(lang)} lang={lang} />
        </PageFrame>
      )
    },
  }
}
