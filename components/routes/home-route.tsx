import type { Metadata } from 'next'
import { HomePage } from '@/components/home-page'
import { PageFrame } from '@/components/page-frame'
import { getIncidents } from '@/lib/content/source'
import { type Lang, otherLang, pagePath } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'
import { pageTitle } from '@/lib/i18n/metadata'

/** The home route for one language. */
export function homeRoute(lang: Lang) {
  return {
    metadata: { title: pageTitle(undefined, lang), description: msg('tagline', lang) } satisfies Metadata,
    Page: function Home() {
      return (
        <PageFrame lang={lang} alternate={pagePath(otherLang(lang), '')}>
          <HomePage incidents={getIncidents()} lang={lang} />
        </PageFrame>
      )
    },
  }
}
