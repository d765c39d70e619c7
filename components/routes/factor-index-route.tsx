import type { Metadata } from 'next'
import { PageFrame } from '@/components/page-frame'
import { FactorIndex } from '@/components/reference/factor-index'
import { getFactorSummaries } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { pageTitle } from '@/lib/i18n/metadata'

/** The factors index route for one language. */
export function factorIndexRoute(lang: Lang) {
  return {
    metadata: {
      title: pageTitle(rmsg('factorsTitle', lang), lang),
      description: rmsg('factorsIntro', lang),
      alternates: { languages: { ko: sectionPath('factors', 'ko'), en: sectionPath('factors', 'en') } },
    } satisfies Metadata,
    Page: function FactorIndexPage() {
      return (
        <PageFrame lang={lang} alternate={sectionPath('factors', otherLang(lang))}>
          <FactorIndex factors={getFactorSummaries()} lang={lang} />
        </PageFrame>
      )
    },
  }
}
