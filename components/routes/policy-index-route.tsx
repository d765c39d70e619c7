import type { Metadata } from 'next'
import { PageFrame } from '@/components/page-frame'
import { PolicyIndex } from '@/components/reference/policy-index'
import { getPolicySummaries } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { headFor } from '@/lib/site/page-head'

/** The policies index route for one language. */
export function policyIndexRoute(lang: Lang) {
  return {
    metadata: headFor({
      lang,
      paths: { ko: sectionPath('policies', 'ko'), en: sectionPath('policies', 'en') },
      title: rmsg('policiesTitle', lang),
      description: rmsg('policiesIntro', lang),
    }) satisfies Metadata,
    Page: function PolicyIndexPage() {
      return (
        <PageFrame lang={lang} alternate={sectionPath('policies', otherLang(lang))}>
          <PolicyIndex policies={getPolicySummaries()} lang={lang} />
        </PageFrame>
      )
    },
  }
}
