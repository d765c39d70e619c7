import type { Metadata } from 'next'
import { PageFrame } from '@/components/page-frame'
import { PolicyIndex } from '@/components/reference/policy-index'
import { getPolicySummaries } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { pageTitle } from '@/lib/i18n/metadata'

/** The policies index route for one language. */
export function policyIndexRoute(lang: Lang) {
  return {
    metadata: {
      title: pageTitle(rmsg('policiesTitle', lang), lang),
      description: rmsg('policiesIntro', lang),
      alternates: { languages: { ko: sectionPath('policies', 'ko'), en: sectionPath('policies', 'en') } },
    } satisfies Metadata,
    Page: function PolicyIndexPage() {
      return (
        <PageFrame lang={lang} alternate={sectionPath('policies', otherLang(lang))}>
          <PolicyIndex policies={getPolicySummaries()} lang={lang} />
        </PageFrame>
      )
    },
  }
}
