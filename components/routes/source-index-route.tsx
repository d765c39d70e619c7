import type { Metadata } from 'next'
import { PageFrame } from '@/components/page-frame'
import { SourceIndex } from '@/components/reference/source-index'
import { getSourceGroups } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { pageTitle } from '@/lib/i18n/metadata'

/** The sources index route for one language. */
export function sourceIndexRoute(lang: Lang) {
  return {
    metadata: {
      title: pageTitle(rmsg('sourcesTitle', lang), lang),
      description: rmsg('sourcesIntro', lang),
      alternates: { languages: { ko: sectionPath('sources', 'ko'), en: sectionPath('sources', 'en') } },
    } satisfies Metadata,
    Page: function SourceIndexPage() {
      return (
        <PageFrame lang={lang} alternate={sectionPath('sources', otherLang(lang))}>
          <SourceIndex groups={getSourceGroups()} lang={lang} />
        </PageFrame>
      )
    },
  }
}
